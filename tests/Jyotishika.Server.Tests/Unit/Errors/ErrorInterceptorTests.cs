using Google.Rpc;
using Grpc.Core;
using Jyotishika.Engine;
using Jyotishika.Server.Platform.Errors;
using Jyotishika.Server.Platform.Observability;
using Jyotishika.Server.Storage;
using Jyotishika.Server.Tests.Infrastructure;

namespace Jyotishika.Server.Tests.Unit.Errors;

/// <summary>
/// The one place that turns what services throw into gRPC statuses, called with continuations that throw: each kind of
/// failure gets its status code, input problems their field violations, and every error the call's request id.
/// </summary>
public sealed class ErrorInterceptorTests
{
    [Test]
    public void Invalid_input_is_INVALID_ARGUMENT_naming_the_field_and_why()
    {
        var error = Failure(new InvalidInputException(new InputProblem(InputPart.PositionType, ProblemKind.Unsupported)));

        Assert.That(error.StatusCode, Is.EqualTo(StatusCode.InvalidArgument));
        Assert.That(error.Status.Detail, Is.EqualTo("Invalid positions: must be APPARENT or GEOMETRIC"));
        Assert.That(error.Violations(), Is.EqualTo(new[] { ("positions", "must be APPARENT or GEOMETRIC") }));
    }

    [Test]
    public void Several_invalid_fields_are_listed_in_the_message_each_once()
    {
        var error = Failure(new InvalidInputException(
        [
            new InputProblem(InputPart.Latitude, ProblemKind.OutOfRange) { Limits = new ValueLimits(-90, 90) },
            new InputProblem(InputPart.Longitude, ProblemKind.OutOfRange) { Limits = new ValueLimits(-180, 180) },
            new InputProblem(InputPart.Latitude, ProblemKind.OutOfRange) { NeededFor = InputPart.TimeZone },
        ]));

        Assert.That(error.Status.Detail, Is.EqualTo("Invalid fields: latitude, longitude"));
        Assert.That(error.ViolatedFields(), Is.EqualTo(new[] { "latitude", "longitude", "latitude" }));
    }

    [Test]
    public void Every_error_carries_the_calls_request_id_and_a_correlation_id_wins_over_the_trace_id()
    {
        var context = TestServerCallContext.Create();
        context.HttpContext.Features.Set(new RequestCorrelation("support-ticket-42"));

        var plain = Failure(new InvalidOperationException("boom"));
        var correlated = Failure(new InvalidOperationException("boom"), context);

        Assert.That(plain.RequestId(), Is.EqualTo(TestServerCallContext.TraceIdentifier));
        Assert.That(correlated.RequestId(), Is.EqualTo("support-ticket-42"));
    }

    [Test]
    public void A_client_that_went_away_is_CANCELLED()
    {
        using var client = new CancellationTokenSource();
        client.Cancel();

        var error = Failure(new OperationCanceledException(client.Token), TestServerCallContext.Create(cancellationToken: client.Token));

        Assert.That((error.StatusCode, error.Status.Detail), Is.EqualTo((StatusCode.Cancelled, "Call cancelled")));
    }

    [Test]
    public void A_call_cancelled_at_its_deadline_is_DEADLINE_EXCEEDED()
    {
        using var deadline = new CancellationTokenSource();
        deadline.Cancel();
        var context = TestServerCallContext.Create(deadline: DateTime.UtcNow.AddSeconds(-1), cancellationToken: deadline.Token);

        var error = Failure(new OperationCanceledException(deadline.Token), context);

        Assert.That((error.StatusCode, error.Status.Detail), Is.EqualTo((StatusCode.DeadlineExceeded, "Deadline exceeded")));
    }

    [Test]
    public void A_cancellation_the_call_did_not_ask_for_is_an_internal_error()
    {
        var error = Failure(new OperationCanceledException());

        Assert.That(error.StatusCode, Is.EqualTo(StatusCode.Internal));
    }

    [TestCase(true, StatusCode.FailedPrecondition, "This server has no REDIS_URL configured, so accounts and sign-in are not available.")]
    [TestCase(false, StatusCode.Unavailable, "A storage service is temporarily unavailable; try again shortly")]
    public void Storage_that_is_missing_or_down_is_FAILED_PRECONDITION_or_UNAVAILABLE(bool missing, StatusCode code, string detail)
    {
        Exception failure = missing ? new StoreNotConfiguredException("REDIS_URL") : new StoreUnavailableException("Redis");

        var error = Failure(failure);

        Assert.That((error.StatusCode, error.Status.Detail), Is.EqualTo((code, detail)));
    }

    [Test]
    public void A_service_disposed_during_shutdown_is_UNAVAILABLE()
    {
        var error = Failure(new ObjectDisposedException("EphemerisPool"));

        Assert.That(error.StatusCode, Is.EqualTo(StatusCode.Unavailable));
        Assert.That(error.Status.Detail, Is.EqualTo("The server is shutting down; retry on another instance"));
    }

    [Test]
    public void Anything_unexpected_is_a_generic_INTERNAL_that_reveals_nothing()
    {
        var error = Failure(new InvalidOperationException("connection string Password=hunter2"));

        Assert.That((error.StatusCode, error.Status.Detail), Is.EqualTo((StatusCode.Internal, "Internal error")));
        Assert.That(error.GetRpcStatus()!.ToString(), Does.Not.Contain("hunter2"));
    }

    [Test]
    public void A_services_own_RpcException_keeps_its_status_and_trailers_and_gains_the_request_id()
    {
        var trailers = new Metadata { { "retry-hint", "later" } };
        var thrown = new RpcException(new Grpc.Core.Status(StatusCode.NotFound, "No such profile."), trailers);

        var error = Failure(thrown);

        Assert.That((error.StatusCode, error.Status.Detail), Is.EqualTo((StatusCode.NotFound, "No such profile.")));
        Assert.That(error.Trailers.GetValue("retry-hint"), Is.EqualTo("later"));
        Assert.That(error.RequestId(), Is.EqualTo(TestServerCallContext.TraceIdentifier));
    }

    [Test]
    public void A_request_id_already_in_the_status_is_not_added_twice()
    {
        var status = new Google.Rpc.Status { Code = (int)Code.NotFound, Message = "gone" };
        status.Details.Add(Google.Protobuf.WellKnownTypes.Any.Pack(new RequestInfo { RequestId = "upstream" }));

        var error = Failure(status.ToRpcException());

        Assert.That(error.GetRpcStatus()!.Details.Count(d => d.Is(RequestInfo.Descriptor)), Is.EqualTo(1));
        Assert.That(error.RequestId(), Is.EqualTo("upstream"));
    }

    [Test]
    public void A_stream_that_fails_is_translated_the_same_way()
    {
        var interceptor = InProcessServices.Create<ErrorInterceptor>();

        var error = Assert.ThrowsAsync<RpcException>(() => interceptor.ServerStreamingServerHandler<string, string>(
            "request", new TestStreamWriter<string>(), TestServerCallContext.Create(),
            (_, _, _) => throw new InvalidInputException(
                new InputProblem(InputPart.Step, ProblemKind.OutOfRange) { Limits = new ValueLimits(1, long.MaxValue) })))!;

        Assert.That(error.Violations(), Is.EqualTo(new[] { ("stepSeconds", "must be at least 1") }));
        Assert.That(error.RequestId(), Is.EqualTo(TestServerCallContext.TraceIdentifier));
    }

    private static RpcException Failure(Exception thrown, TestServerCallContext? context = null) =>
        Assert.ThrowsAsync<RpcException>(() => InterceptedCall.UnaryAsync<string, string>((_, _) => throw thrown, "request", context))!;
}
