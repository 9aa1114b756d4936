using System.Net;
using System.Text;
using System.Text.Json;
using Google.Rpc;
using Grpc.Core;
using Jyotishika.Server.Tests.Infrastructure;
using Jyotishika.V1;

namespace Jyotishika.Server.Tests.RateLimiting;

/// <summary>Calls the rate-limit tests make, and what a refusal must look like on each transport.</summary>
internal static class Exhaustion
{
    public const string ChartBody = """{"datetime":"1991-03-25T09:46:00","latitude":18.5204,"longitude":73.8567,"tz":"Asia/Kolkata"}""";

    /// <summary>GET /v1/places: a cheap calculation over REST.</summary>
    public static async Task<HttpResponseMessage> SearchPlacesAsync(RunningServer server, string? bearer = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(server.BaseUrl, "/v1/places?q=pune&limit=1"));
        if (bearer is not null)
        {
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", bearer);
        }

        return await server.Rest.SendAsync(request);
    }

    public static async Task<HttpResponseMessage> PostChartAsync(RunningServer server, string? bearer = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(server.BaseUrl, "/v1/chart"));
        request.Content = new StringContent(ChartBody, Encoding.UTF8, "application/json");
        if (bearer is not null)
        {
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", bearer);
        }

        return await server.Rest.SendAsync(request);
    }

    /// <summary>SearchPlaces over gRPC: a cheap calculation; throws RpcException when refused.</summary>
    public static Task<SearchPlacesResponse> SearchPlacesGrpcAsync(RunningServer server, Metadata? headers = null) =>
        new PlaceService.PlaceServiceClient(server.Grpc)
            .SearchPlacesAsync(new SearchPlacesRequest { Q = "pune", Limit = 1 }, headers).ResponseAsync;

    public static Metadata Bearer(string secret) => new() { { "authorization", "Bearer " + secret } };

    /// <summary>429, Retry-After within the minute, and a google.rpc.Status body: code 8 with a RetryInfo that agrees.</summary>
    public static async Task AssertRestRefusedAsync(HttpResponseMessage response, string because = "")
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests), $"{because} {body}");
        var retryAfter = response.Headers.RetryAfter?.Delta;
        Assert.That(retryAfter, Is.Not.Null.And.GreaterThan(TimeSpan.Zero).And.LessThanOrEqualTo(TimeSpan.FromMinutes(1)), "Retry-After");

        using var json = JsonDocument.Parse(body);
        var root = json.RootElement;
        Assert.That(root.GetProperty("code").GetInt32(), Is.EqualTo((int)StatusCode.ResourceExhausted), body);
        var retryInfo = root.GetProperty("details").EnumerateArray()
            .Single(detail => detail.GetProperty("@type").GetString() == "type.googleapis.com/google.rpc.RetryInfo");
        var delay = retryInfo.GetProperty("retryDelay").GetString()!;
        Assert.That(delay, Does.EndWith("s"), body);
        var seconds = double.Parse(delay.TrimEnd('s'), System.Globalization.CultureInfo.InvariantCulture);
        Assert.That(seconds, Is.GreaterThan(0).And.LessThanOrEqualTo(60), body);
        Assert.That(Math.Ceiling(seconds), Is.EqualTo(retryAfter!.Value.TotalSeconds), "Retry-After: the RetryInfo delay rounded up");
    }

    /// <summary>RESOURCE_EXHAUSTED (not UNAVAILABLE, which clients retry) with a RetryInfo within the minute in its details.</summary>
    public static RetryInfo AssertGrpcRefused(RpcException? refused)
    {
        Assert.That(refused, Is.Not.Null, "the call was refused");
        Assert.That(refused!.StatusCode, Is.EqualTo(StatusCode.ResourceExhausted), refused.Status.ToString());
        var status = refused.GetRpcStatus();
        Assert.That(status, Is.Not.Null, "grpc-status-details-bin carries a google.rpc.Status");
        Assert.That(status!.Code, Is.EqualTo((int)Code.ResourceExhausted));
        var retryInfo = status.GetDetail<RetryInfo>();
        Assert.That(retryInfo, Is.Not.Null, "the status carries a RetryInfo");
        Assert.That(retryInfo!.RetryDelay.ToTimeSpan(), Is.GreaterThan(TimeSpan.Zero).And.LessThanOrEqualTo(TimeSpan.FromMinutes(1)));
        return retryInfo;
    }

    public static async Task AssertOkAsync(HttpResponseMessage response, string because)
    {
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), $"{because}: {await response.Content.ReadAsStringAsync()}");
    }
}
