using Jyotishika.Engine.FastPath;
using Jyotishika.Engine.Native;
using Jyotishika.Engine.Places;
using Jyotishika.Server.Configuration;
using Jyotishika.Server.Features.Accounts;
using Jyotishika.Server.Features.Charts;
using Jyotishika.Server.Features.Dashas;
using Jyotishika.Server.Features.Panchang;
using Jyotishika.Server.Features.Places;
using Jyotishika.Server.Features.Profiles;
using Jyotishika.Server.Platform.Calculation;
using Jyotishika.Server.Platform.GrpcBinding;
using Jyotishika.Server.Platform.Metrics;
using Jyotishika.Server.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Jyotishika.Server.Tests.Infrastructure;

/// <summary>
/// The server's services composed as <see cref="JyotishikaServer"/> composes them, in process and without Kestrel:
/// <see cref="ServerOptions"/> at its defaults (the ephemeris and place data beside the test binaries), storage with no
/// DATABASE_URL or REDIS_URL, the engine, the gRPC platform and every feature. Built once for the test run, so the
/// ephemeris threads, the fast path's tables and the place index load once.
/// </summary>
public static class InProcessServices
{
    private static readonly Lazy<ServiceProvider> Shared = new(Build);

    public static IServiceProvider Provider => Shared.Value;

    public static T Get<T>()
        where T : notnull => Provider.GetRequiredService<T>();

    /// <summary>
    /// A gRPC service or interceptor made as grpc-dotnet makes one (they are not registered: its activator builds each
    /// from the provider), with any dependency replaced by one of <paramref name="overrides"/> of the same type.
    /// </summary>
    public static T Create<T>(params object[] overrides) => ActivatorUtilities.CreateInstance<T>(Provider, overrides);

    /// <summary>Starts the ephemeris threads and loads the fast path's tables and the place data, as the server does at start.</summary>
    public static void Load()
    {
        Get<EphemerisPool>();
        Provider.GetService<FastEphemeris>();
        Get<PlaceIndex>();
    }

    public static ValueTask DisposeAsync() => Shared.IsValueCreated ? Shared.Value.DisposeAsync() : ValueTask.CompletedTask;

    private static ServiceProvider Build()
    {
        var options = new ServerOptions();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(options);
        services.AddSingleton(TimeProvider.System);

        // What MetricsSetup.AddMetrics registers, which needs a WebApplicationBuilder; charts are timed into it.
        services.AddSingleton(_ => Prometheus.Metrics.NewCustomRegistry());
        services.AddSingleton<ChartCalculationTimer>();

        services.AddCalculation(options);
        services.AddStorage(new StorageOptions(), options.ChartCache);
        services.AddGrpcPlatform();
        services.AddCharts().AddDashas().AddPanchang().AddPlaces().AddProfiles().AddAccounts(new AuthOptions());
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }
}
