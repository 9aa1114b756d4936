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

    public async Task<Contract.ComputeChartsResponse> ComputeAsync(Contract.ComputeChartsRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var count = request.Requests.Count;
        if (count is 0 or > MaxItems)
        {
            throw new InvalidInputException("requests", $"must hold 1 to {MaxItems:N0} chart requests; got {count:N0}");
        }

        var results = new Contract.ChartResult[count];
        var mapped = new (ChartInput Input, ResolvedBirthTime Time)?[count];
        Parallel.For(0, count, ParallelOptions(cancellationToken), item =>
        {
            try
            {
                mapped[item] = mapper.Map(request.Requests[item]);
            }
            catch (InvalidInputException invalid)
            {
                results[item] = Refused(invalid.Violations);
            }
        });

        var items = Enumerable.Range(0, count).Where(item => mapped[item] is not null).ToArray();
        var outcomes = await batch.ComputeAsync(items.Select(item => mapped[item]!.Value.Input).ToArray(), cancellationToken)
            .ConfigureAwait(false);

        Parallel.For(0, items.Length, ParallelOptions(cancellationToken), k =>
        {
            var item = items[k];
            results[item] = Answer(outcomes[k], mapped[item]!.Value.Time, request.Requests[item].Vargas, item);
        });

        var response = new Contract.ComputeChartsResponse();
        response.Results.AddRange(results);
        return response;
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
