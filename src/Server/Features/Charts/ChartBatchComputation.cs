using Jyotishika.Engine;
using Jyotishika.Engine.Time;
using Contract = Jyotishika.V1;

namespace Jyotishika.Server.Features.Charts;

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

    /// <summary>The answer as objects, for JSON.</summary>
    public async Task<Contract.ComputeChartsResponse> ComputeAsync(
        Contract.ComputeChartsRequest request, CancellationToken cancellationToken)
    {
        var results = new Contract.ChartResult[CheckedCount(request)];
        await ComputeEachAsync(request, (item, result) => results[item] = result, cancellationToken).ConfigureAwait(false);
        var response = new Contract.ComputeChartsResponse();
        response.Results.AddRange(results);
        return response;
    }

    /// <summary>
    /// The same answer for the protobuf wire only (see <see cref="Contract.ComputeChartsResponse.FromResultFields"/>):
    /// each result is encoded the moment it is answered, so a chart's objects die young and the batch holds one buffer
    /// per item until the end.
    /// </summary>
    public async Task<Contract.ComputeChartsResponse> ComputeEncodedAsync(
        Contract.ComputeChartsRequest request, CancellationToken cancellationToken)
    {
        var encoded = new byte[CheckedCount(request)][];
        await ComputeEachAsync(request, (item, result) => encoded[item] = ChartResultEncoding.AsResultsField(result), cancellationToken)
            .ConfigureAwait(false);
        return Contract.ComputeChartsResponse.FromResultFields(encoded);
    }

    private static int CheckedCount(Contract.ComputeChartsRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var count = request.Requests.Count;
        return count is 0 or > MaxItems
            ? throw new InvalidRequestException("requests", $"must hold 1 to {MaxItems:N0} chart requests; got {count:N0}")
            : count;
    }

    /// <summary>Hands every item's result (a refusal or a chart) to <paramref name="answered"/>, from several threads.</summary>
    private async Task ComputeEachAsync(
        Contract.ComputeChartsRequest request, Action<int, Contract.ChartResult> answered, CancellationToken cancellationToken)
    {
        var count = request.Requests.Count;
        var mapped = new (Validated<ChartInput> Input, ResolvedBirthTime Time)?[count];
        Parallel.For(0, count, ParallelOptions(cancellationToken), item =>
        {
            try
            {
                mapped[item] = mapper.Map(request.Requests[item]);
            }
            catch (InvalidRequestException invalid)
            {
                answered(item, Refused(invalid.Violations));
            }
        });

        var items = Enumerable.Range(0, count).Where(item => mapped[item] is not null).ToArray();
        await batch.ComputeAsync(
            items.Select(item => mapped[item]!.Value.Input).ToArray(),
            (k, outcome) =>
            {
                var item = items[k];
                answered(item, Answer(outcome, mapped[item]!.Value.Time, request.Requests[item].Vargas, item));
            },
            cancellationToken).ConfigureAwait(false);
    }

    private Contract.ChartResult Answer(ChartOutcome outcome, ResolvedBirthTime time, IReadOnlyList<int> vargas, int item)
    {
        if (outcome.Chart is { } chart)
        {
            var response = ChartResponseMapper.ToResponse(chart, time, ephemeris.Text);
            response.DivisionalCharts.AddRange(VargaMapping.ToContract(chart, vargas));
            return new Contract.ChartResult { Status = new Contract.ItemStatus { Code = 0, Name = "OK" }, Chart = response };
        }

        if (outcome.Problems is { } problems)
        {
            return Refused(EngineViolations.ToFields(problems).ToList());
        }

        LogItemFailed(logger, item, outcome.Failure);
        return new Contract.ChartResult
        {
            Status = new Contract.ItemStatus
            {
                Code = (int)Grpc.Core.StatusCode.Internal, Name = "INTERNAL", Message = "The chart could not be computed.",
            },
        };
    }

    private static Contract.ChartResult Refused(IReadOnlyList<InvalidField> violations)
    {
        var status = new Contract.ItemStatus
        {
            Code = (int)Grpc.Core.StatusCode.InvalidArgument,
            Name = "INVALID_ARGUMENT",
            Message = RpcErrors.InvalidArgumentMessage(violations),
        };
        status.FieldViolations.AddRange(
            violations.Select(v => new Contract.FieldViolation { Field = v.Field, Description = v.Description }));
        return new Contract.ChartResult { Status = status };
    }

    private static ParallelOptions ParallelOptions(CancellationToken cancellationToken) =>
        new() { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount };

    [LoggerMessage(EventId = 40, Level = LogLevel.Error, Message = "Chart batch item {Item} failed in the native library")]
    private static partial void LogItemFailed(ILogger logger, int item, Exception? exception);
}
