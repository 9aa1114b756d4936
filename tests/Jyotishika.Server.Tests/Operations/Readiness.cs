using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Grpc.Health.V1;
using Grpc.Net.Client;
using ServingStatus = Grpc.Health.V1.HealthCheckResponse.Types.ServingStatus;

namespace Jyotishika.Server.Tests.Operations;

/// <summary>What a probe sees: GET /readyz (status code and each check's status) and grpc.health.v1 per service.</summary>
internal sealed record Readiness(HttpStatusCode StatusCode, string Status, IReadOnlyDictionary<string, string> Checks)
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(200);

    public static async Task<Readiness> GetAsync(HttpClient rest)
    {
        ArgumentNullException.ThrowIfNull(rest);
        using var response = await rest.GetAsync(new Uri("/readyz", UriKind.Relative)).ConfigureAwait(false);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync().ConfigureAwait(false));
        var checks = json.RootElement.GetProperty("checks").EnumerateArray()
            .ToDictionary(check => check.GetProperty("name").GetString()!, check => check.GetProperty("status").GetString()!);
        return new Readiness(response.StatusCode, json.RootElement.GetProperty("status").GetString()!, checks);
    }

    /// <summary>Polls /readyz until it answers <paramref name="expected"/>, returning the last answer either way.</summary>
    public static async Task<Readiness> WaitForAsync(HttpClient rest, HttpStatusCode expected, TimeSpan timeout)
    {
        var elapsed = Stopwatch.StartNew();
        while (true)
        {
            var readiness = await GetAsync(rest).ConfigureAwait(false);
            if (readiness.StatusCode == expected || elapsed.Elapsed > timeout)
            {
                return readiness;
            }

            await Task.Delay(PollInterval).ConfigureAwait(false);
        }
    }

    public static async Task<ServingStatus> GrpcStatusAsync(GrpcChannel channel, string service)
    {
        var client = new Grpc.Health.V1.Health.HealthClient(channel);
        var response = await client.CheckAsync(new HealthCheckRequest { Service = service }, deadline: DateTime.UtcNow.AddSeconds(10))
            .ConfigureAwait(false);
        return response.Status;
    }

    /// <summary>grpc.health.v1 for each service named, "" (the whole server) first.</summary>
    public static async Task<IReadOnlyDictionary<string, ServingStatus>> GrpcStatusesAsync(GrpcChannel channel, params string[] services)
    {
        var statuses = new Dictionary<string, ServingStatus>();
        foreach (var service in services)
        {
            statuses[service] = await GrpcStatusAsync(channel, service).ConfigureAwait(false);
        }

        return statuses;
    }
}
