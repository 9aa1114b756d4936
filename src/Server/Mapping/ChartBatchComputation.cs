using System.Buffers;
using Google.Protobuf;
using Jyotishika.Engine;
using Jyotishika.Engine.Time;
using Jyotishika.Server.Errors;
using Jyotishika.Server.Services;
using Contract = Jyotishika.V1;

namespace Jyotishika.Server.Mapping;

/// <summary>
/// A batch of contract chart requests through <see cref="ChartBatch"/>: every item is mapped, computed and answered on its
/// own, so a bad item becomes that item's INVALID_ARGUMENT status and the rest still get their charts. The batch skips the
/// result cache: a cache round trip per item would cost more than the fast path's computation.
/// </summary>
public sealed partial class ChartBatchComputation(
    ChartRequestMapper mapper, ChartBatch batch, EphemerisDescription ephemeris, ILogger<ChartBatchComputation> logger)
{
    /// <summary>The most requests one batch may hold.</summary>
    public const int MaxItems = 10_000;

    /// <summary>Results are answered and encoded in runs of this many, a run per task.</summary>
    private const int RunLength = 256;

    /// <summary>The answer as objects, for JSON.</summary>
    public async Task<Contract.ComputeChartsResponse> ComputeAsync(Contract.ComputeChartsRequest request, CancellationToken cancellationToken)
    {
        var computed = await ComputeItemsAsync(request, cancellationToken).ConfigureAwait(false);
        var results = new Contract.ChartResult[computed.Count];
        Parallel.For(0, results.Length, ParallelOptions(cancellationToken), item => results[item] = computed.Result(item));
        var response = new Contract.ComputeChartsResponse();
        response.Results.AddRange(results);
        return response;
    }

    /// <summary>
    /// The same answer for the protobuf wire only (see <see cref="Contract.ComputeChartsResponse.FromResultFields"/>):
    /// each run of results is encoded as soon as it is answered, so the objects of a chart live for microseconds.
    /// </summary>
    public async Task<Contract.ComputeChartsResponse> ComputeEncodedAsync(
        Contract.ComputeChartsRequest request, CancellationToken cancellationToken)
    {
        var computed = await ComputeItemsAsync(request, cancellationToken).ConfigureAwait(false);
        var runs = new UnknownFieldSet?[(computed.Count + RunLength - 1) / RunLength];
        Parallel.For(0, runs.Length, ParallelOptions(cancellationToken), run =>
            runs[run] = EncodeRun(computed, run * RunLength, Math.Min(computed.Count, (run + 1) * RunLength)));
        return Contract.ComputeChartsResponse.FromResultFields(runs);
    }

    /// <summary>
    /// Items [<paramref name="start"/>, <paramref name="end"/>) as results fields. The buffer is rented and returned on the
    /// same thread, so each worker reuses one; the fields keep their own copies.
    /// </summary>
    private static UnknownFieldSet? EncodeRun(ComputedItems computed, int start, int end)
    {
        var results = new Contract.ChartResult[end - start];
        var sizes = new int[results.Length];
        var total = 0;
        for (var i = 0; i < results.Length; i++)
        {
            results[i] = computed.Result(start + i);
            sizes[i] = results[i].CalculateSize();
            total += CodedOutputStream.ComputeRawVarint32Size(Contract.ComputeChartsResponse.ResultsTag)
                + CodedOutputStream.ComputeLengthSize(sizes[i]) + sizes[i];
        }

        var buffer = ArrayPool<byte>.Shared.Rent(total);
        try
        {
            var output = new CodedOutputStream(buffer);
            for (var i = 0; i < results.Length; i++)
            {
                output.WriteTag(Contract.ComputeChartsResponse.ResultsTag);
                output.WriteLength(sizes[i]);
                results[i].WriteTo(output);
            }

            output.Flush();
            return Contract.ComputeChartsResponse.ReadResultFields(buffer, total);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private async Task<ComputedItems> ComputeItemsAsync(Contract.ComputeChartsRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var count = request.Requests.Count;
        if (count is 0 or > MaxItems)
        {
            throw new InvalidInputException("requests", $"must hold 1 to {MaxItems:N0} chart requests; got {count:N0}");
        }

        var refused = new Contract.ChartResult?[count];
        var mapped = new (ChartInput Input, ResolvedBirthTime Time)?[count];
        Parallel.For(0, count, ParallelOptions(cancellationToken), item =>
        {
            try
            {
                mapped[item] = mapper.Map(request.Requests[item]);
            }
            catch (InvalidInputException invalid)
            {
                refused[item] = Refused(invalid.Violations);
            }
        });

        var items = Enumerable.Range(0, count).Where(item => mapped[item] is not null).ToArray();
        var outcomes = await batch.ComputeAsync(items.Select(item => mapped[item]!.Value.Input).ToArray(), cancellationToken)
            .ConfigureAwait(false);
        var outcomeOf = new int[count];
        for (var k = 0; k < items.Length; k++)
        {
            outcomeOf[items[k]] = k;
        }

        return new ComputedItems(this, request, refused, mapped, outcomes, outcomeOf);
    }

    /// <summary>Every item's refusal or computed outcome, answered on demand so that answers can die young.</summary>
    private sealed class ComputedItems(
        ChartBatchComputation owner,
        Contract.ComputeChartsRequest request,
        Contract.ChartResult?[] refused,
        (ChartInput Input, ResolvedBirthTime Time)?[] mapped,
        ChartOutcome[] outcomes,
        int[] outcomeOf)
    {
        public int Count => refused.Length;

        public Contract.ChartResult Result(int item) =>
            refused[item] ?? owner.Answer(outcomes[outcomeOf[item]], mapped[item]!.Value.Time, request.Requests[item].Vargas, item);
    }

    private Contract.ChartResult Answer(ChartOutcome outcome, ResolvedBirthTime time, IReadOnlyList<int> vargas, int item)
    {
        if (outcome.Chart is { } chart)
        {
            var response = ChartResponseMapper.ToResponse(chart, time, ephemeris.Text);
            response.DivisionalCharts.AddRange(VargaMapping.ToContract(chart, vargas));
            return new Contract.ChartResult { Status = new Contract.ItemStatus { Code = 0, Name = "OK" }, Chart = response };
        }

        if (outcome.Violations is { } violations)
        {
            return Refused(violations);
        }

        LogItemFailed(logger, item, outcome.Failure);
        return new Contract.ChartResult
        {
            Status = new Contract.ItemStatus { Code = (int)Grpc.Core.StatusCode.Internal, Name = "INTERNAL", Message = "The chart could not be computed." },
        };
    }

    private static Contract.ChartResult Refused(IReadOnlyList<InputViolation> violations)
    {
        var status = new Contract.ItemStatus
        {
            Code = (int)Grpc.Core.StatusCode.InvalidArgument,
            Name = "INVALID_ARGUMENT",
            Message = RpcErrors.InvalidArgumentMessage(violations),
        };
        status.FieldViolations.AddRange(violations.Select(v => new Contract.FieldViolation { Field = v.Field, Description = v.Description }));
        return new Contract.ChartResult { Status = status };
    }

    private static ParallelOptions ParallelOptions(CancellationToken cancellationToken) =>
        new() { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount };

    [LoggerMessage(EventId = 40, Level = LogLevel.Error, Message = "Chart batch item {Item} failed in the native library")]
    private static partial void LogItemFailed(ILogger logger, int item, Exception? exception);
}
