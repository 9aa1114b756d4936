using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using Jyotishika.Client.Tests.Infrastructure;
using Jyotishika.V1;

namespace Jyotishika.Client.Tests;

/// <summary>
/// The google.rpc details of a failed call, decoded into properties: first from trailers made here, then as the real
/// server sends them, for unary, blocking and streaming calls alike.
/// </summary>
public sealed class JyotishikaRpcExceptionTests
{
    private RealServer server = null!;

    [OneTimeSetUp]
    public async Task StartAsync() => server = await RealServer.StartAsync();

    [OneTimeTearDown]
    public async Task StopAsync() => await server.DisposeAsync();

    [Test]
    public void Every_detail_of_the_status_trailer_becomes_a_property()
    {
        var status = new Google.Rpc.Status
        {
            Code = (int)Code.InvalidArgument,
            Message = "Invalid fields: latitude, tz",
            Details =
            {
                Any.Pack(new BadRequest
                {
                    FieldViolations =
                    {
                        new BadRequest.Types.FieldViolation { Field = "latitude", Description = "must be between -90 and 90" },
                        new BadRequest.Types.FieldViolation { Field = "tz", Description = "unknown zone" },
                    },
                }),
                Any.Pack(new RetryInfo { RetryDelay = Duration.FromTimeSpan(TimeSpan.FromSeconds(7)) }),
                Any.Pack(new ErrorInfo { Reason = "BIRTH_OUT_OF_RANGE", Domain = "jyotishika.example.com" }),
                Any.Pack(new RequestInfo { RequestId = "req-42" }),
            },
        };

        var error = new JyotishikaRpcException(status.ToRpcException());

        Assert.Multiple(() =>
        {
            Assert.That(error.FieldViolations.Select(v => (v.Field, v.Description)), Is.EqualTo(new[]
            {
                ("latitude", "must be between -90 and 90"),
                ("tz", "unknown zone"),
            }));
            Assert.That(error.BadRequest, Is.Not.Null);
            Assert.That(error.RetryDelay, Is.EqualTo(TimeSpan.FromSeconds(7)));
            Assert.That(error.RetryInfo, Is.Not.Null);
            Assert.That(error.ErrorInfo!.Reason, Is.EqualTo("BIRTH_OUT_OF_RANGE"));
            Assert.That(error.RequestId, Is.EqualTo("req-42"));
            Assert.That(error.RpcStatus, Is.EqualTo(status));
        });
    }

    [Test]
    public void Status_and_trailers_stay_those_of_the_call()
    {
        var trailers = new Metadata { { "x-correlation-id", "corr-1" }, { "retry-after", "3" } };
        var original = new RpcException(new Grpc.Core.Status(StatusCode.Unavailable, "going away"), trailers);

        var error = new JyotishikaRpcException(original);

        Assert.Multiple(() =>
        {
            Assert.That(error, Is.InstanceOf<RpcException>());
            Assert.That(error.StatusCode, Is.EqualTo(StatusCode.Unavailable));
            Assert.That(error.Status.Detail, Is.EqualTo("going away"));
            Assert.That(error.Trailers, Is.SameAs(trailers));
            Assert.That(error.Message, Is.EqualTo(original.Message));
        });
    }

    [Test]
    public void Without_details_the_properties_are_empty_and_the_correlation_trailer_names_the_request()
    {
        var trailers = new Metadata { { "x-correlation-id", "corr-7" } };

        var error = new JyotishikaRpcException(new RpcException(new Grpc.Core.Status(StatusCode.Internal, "Internal error"), trailers));

        Assert.Multiple(() =>
        {
            Assert.That(error.RpcStatus, Is.Null);
            Assert.That(error.FieldViolations, Is.Empty);
            Assert.That(error.RetryDelay, Is.Null);
            Assert.That(error.ErrorInfo, Is.Null);
            Assert.That(error.RequestId, Is.EqualTo("corr-7"));
        });
    }

    [Test]
    public void A_details_trailer_that_is_not_a_status_leaves_the_call_status_standing()
    {
        var trailers = new Metadata { { "grpc-status-details-bin", new byte[] { 0xFF, 0xFF, 0xFF } } };

        var error = new JyotishikaRpcException(new RpcException(new Grpc.Core.Status(StatusCode.Unknown, "proxy"), trailers));

        Assert.Multiple(() =>
        {
            Assert.That(error.StatusCode, Is.EqualTo(StatusCode.Unknown));
            Assert.That(error.RpcStatus, Is.Null);
        });
    }

    [Test]
    public async Task Invalid_input_names_each_refused_field_and_the_request()
    {
        await using var client = new ClientServices(server.GrpcAddress);
        var request = new ChartRequest { Datetime = "1991-13-45T09:46:00", Latitude = 95, Longitude = 73.8567 };

        var error = Assert.ThrowsAsync<JyotishikaRpcException>(async () => await client.Charts.ComputeChartAsync(request))!;

        Assert.Multiple(() =>
        {
            Assert.That(error.StatusCode, Is.EqualTo(StatusCode.InvalidArgument));
            Assert.That(error.FieldViolations.Select(v => v.Field), Is.SupersetOf(new[] { "datetime", "latitude" }));
            Assert.That(error.FieldViolations.Select(v => v.Description), Has.All.Not.Empty);
            Assert.That(error.RequestId, Is.Not.Empty, "the server's correlation id");
            Assert.That(client.Attempts, Is.EqualTo(1), "INVALID_ARGUMENT is never retried");
        });
    }

    [Test]
    public async Task Blocking_calls_throw_the_same_exception()
    {
        await using var client = new ClientServices(server.GrpcAddress);

        var error = Assert.Throws<JyotishikaRpcException>(
            () => client.Charts.ComputeChart(new ChartRequest { Datetime = "1991-03-25T09:46:00", Latitude = 95, Longitude = 73 }))!;

        Assert.That(error.FieldViolations.Select(v => v.Field), Is.EqualTo(new[] { "latitude" }));
    }

    [Test]
    public async Task Streaming_calls_throw_it_from_the_stream()
    {
        await using var client = new ClientServices(server.GrpcAddress);
        var request = new DashaRequest { Datetime = "1991-03-25T09:46:00", Latitude = 18.5, Longitude = 200 };
        using var call = client.All.Dashas.StreamDasha(request);

        var error = Assert.ThrowsAsync<JyotishikaRpcException>(async () => await call.ResponseStream.MoveNext(CancellationToken.None))!;

        Assert.Multiple(() =>
        {
            Assert.That(error.StatusCode, Is.EqualTo(StatusCode.InvalidArgument));
            Assert.That(error.FieldViolations.Select(v => v.Field), Does.Contain("longitude"));
        });
    }
}
