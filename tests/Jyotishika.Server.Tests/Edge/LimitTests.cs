using System.Net;
using System.Net.Http.Headers;
using Grpc.Core;
using Jyotishika.Server.Tests.Infrastructure;
using Jyotishika.V1;

namespace Jyotishika.Server.Tests.Edge;

/// <summary>Kestrel's limits refuse oversized requests cleanly, and gRPC keeps its own 1 MiB message limit.</summary>
public sealed class LimitTests
{
    /// <summary>A chunked body (no Content-Length) cannot be refused unread; it is refused all the same, and the server goes on.</summary>
    [Test]
    public async Task A_large_chunked_REST_body_is_refused_and_the_server_serves_on()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/v1/chart", UriKind.Relative))
        {
            Content = new ByteArrayContent(LargeJson(1024 * 1024)),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.TransferEncodingChunked = true;

        using var response = await ServerFixture.Rest.SendAsync(request);
        using var health = await ServerFixture.Rest.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.That((int)response.StatusCode, Is.AnyOf(400, 413));
        Assert.That(health.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task A_body_just_over_MAX_REST_BODY_BYTES_is_refused_naming_the_body()
    {
        var (status, text) = await RestErrors.PostRawAsync("/v1/chart", LargeJson((64 * 1024) + 1));

        Assert.That(status, Is.EqualTo(400));
        Assert.That(RestErrors.ViolatedFields(text), Is.EqualTo(new[] { "body" }));
    }

    [Test]
    public async Task Too_many_request_headers_are_refused_with_431()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/healthz", UriKind.Relative));
        for (var i = 0; i < 150; i++)
        {
            request.Headers.Add($"x-filler-{i}", "1");
        }

        using var response = await ServerFixture.Rest.SendAsync(request);

        Assert.That((int)response.StatusCode, Is.EqualTo(431));
    }

    /// <summary>The REST body limit is Kestrel's default for every request, but gRPC calls lift it and apply their own.</summary>
    [Test]
    public void A_gRPC_message_larger_than_the_REST_limit_reaches_the_service()
    {
        var client = new ChartService.ChartServiceClient(ServerFixture.Grpc);
        var request = ChartRequests.Pune1991();
        request.Tz = new string('x', 200 * 1024);

        var refused = Assert.ThrowsAsync<RpcException>(async () => await client.ComputeChartAsync(request))!;

        Assert.That(refused.StatusCode, Is.EqualTo(StatusCode.InvalidArgument), "validated by the service, not cut off by a size limit");
    }

    [Test]
    public void A_gRPC_message_over_1_MiB_is_refused()
    {
        var client = new PlaceService.PlaceServiceClient(ServerFixture.Grpc);
        var request = new SearchPlacesRequest { Q = new string('x', 1024 * 1024) };

        var refused = Assert.ThrowsAsync<RpcException>(async () => await client.SearchPlacesAsync(request))!;

        Assert.That(refused.StatusCode, Is.EqualTo(StatusCode.ResourceExhausted));
    }

    [Test]
    public void A_chart_service_message_over_8_MiB_is_refused()
    {
        // ChartService takes batches of up to 10,000 requests, so its limit is 8 MiB rather than 1 MiB.
        var client = new ChartService.ChartServiceClient(ServerFixture.Grpc);
        var request = ChartRequests.Pune1991();
        request.Tz = new string('x', 8 * 1024 * 1024);

        var refused = Assert.ThrowsAsync<RpcException>(async () => await client.ComputeChartAsync(request))!;

        Assert.That(refused.StatusCode, Is.EqualTo(StatusCode.ResourceExhausted));
    }

    /// <summary>A syntactically valid chart request padded to <paramref name="size"/> bytes with spaces.</summary>
    private static byte[] LargeJson(int size)
    {
        var json = ChartRequests.OlderSystemJson;
        return System.Text.Encoding.UTF8.GetBytes(json[..^1] + new string(' ', Math.Max(0, size - json.Length)) + "}");
    }
}
