using Grpc.Core;
using Grpc.Net.Client.Configuration;
using Jyotishika.V1;

namespace Jyotishika.Client.Calls;

/// <summary>
/// gRPC's retry policy, keyed by service name, for the services whose every method is an idempotent calculation: asking
/// twice for the same chart, dasha, panchang, place or ephemeris range gives the same answer and changes nothing. Account and profile calls
/// are left out, reads included: their UNAVAILABLE means the server's database or cache is down, which retrying within
/// seconds does not mend, and a mutation retried after a lost answer could be applied twice.
/// </summary>
internal static class CalculationRetryPolicy
{
    public static IReadOnlyList<string> Services { get; } =
    [
        ChartService.Descriptor.FullName,
        DashaService.Descriptor.FullName,
        PanchangService.Descriptor.FullName,
        PlaceService.Descriptor.FullName,
        EphemerisService.Descriptor.FullName,
        YogaService.Descriptor.FullName,
        MatchService.Descriptor.FullName,
        DoshaService.Descriptor.FullName,
        StrengthService.Descriptor.FullName,
        JaiminiService.Descriptor.FullName,
        VarshaphalService.Descriptor.FullName,
    ];

    /// <summary>The service config for a channel, or <see langword="null"/> when retries are off (one attempt).</summary>
    public static ServiceConfig? For(JyotishikaRetryOptions retry)
    {
        ArgumentNullException.ThrowIfNull(retry);
        if (retry.MaxAttempts <= 1)
        {
            return null;
        }

        var calculations = new MethodConfig
        {
            RetryPolicy = new RetryPolicy
            {
                MaxAttempts = retry.MaxAttempts,
                InitialBackoff = retry.InitialBackoff,
                MaxBackoff = retry.MaxBackoff,
                BackoffMultiplier = retry.BackoffMultiplier,
                RetryableStatusCodes = { StatusCode.Unavailable },
            },
        };
        foreach (var service in Services)
        {
            calculations.Names.Add(new MethodName { Service = service });
        }

        return new ServiceConfig { MethodConfigs = { calculations } };
    }
}
