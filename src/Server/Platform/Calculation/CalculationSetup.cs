using Jyotishika.Engine;
using Jyotishika.Engine.Ephemeris;
using Jyotishika.Engine.FastPath;
using Jyotishika.Engine.Native;
using Jyotishika.Engine.Places;
using Jyotishika.Engine.Time;
using NodaTime;

namespace Jyotishika.Server.Platform.Calculation;

/// <summary>The engine and what it runs on: the ephemeris threads, the fast path's tables, time zones and the place data.</summary>
public static class CalculationSetup
{
    public static IServiceCollection AddCalculation(this IServiceCollection services, ServerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        services.AddSingleton(_ => new EphemerisPool(options.Ephemeris));
        if (options.FastPath.Enabled)
        {
            services.AddSingleton(provider => FastPathStartup.Load(
                provider.GetRequiredService<EphemerisPool>(), options.FastPath,
                provider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(FastPathStartup)))!);
        }

        services.AddSingleton<ChartEngine>();
        services.AddSingleton<ChartBatch>();
        services.AddSingleton<PanchangEngine>();
        services.AddSingleton<Engine.Panchang.Muhurta.MuhurtaEngine>();
        services.AddSingleton<Engine.Panchang.Day.PanchangDayEngine>();
        services.AddSingleton<EphemerisEngine>();
        services.AddSingleton(DateTimeZoneProviders.Tzdb);
        services.AddSingleton(_ => PlaceIndex.Load(options.PlacesPath));
        services.AddSingleton<TimeZoneLocator>();
        services.AddSingleton<BirthTimeResolver>();
        services.AddSingleton(new EphemerisDescription(
            $"Swiss Ephemeris {EphemerisPool.LibraryVersion} (18-series files, 1800-2399)"));
        services.AddSingleton(LicenseInfo.Create(options.SourceUrl, DateTimeZoneProviders.Tzdb.VersionId, EphemerisPool.LibraryVersion));
        return services;
    }

    /// <summary>
    /// Starts the native threads and loads the fast path's tables and the place data now, so a broken EPHE_PATH or
    /// PLACES_PATH stops the server at once instead of failing its first request.
    /// </summary>
    public static void LoadCalculationData(this WebApplication app, ServerOptions options)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(options);
        try
        {
            app.Services.GetRequiredService<EphemerisPool>();
        }
        catch (InvalidOperationException invalid)
        {
            throw new ConfigurationException($"EPHE_PATH: {invalid.Message}", invalid);
        }

        app.Services.GetService<FastEphemeris>();

        try
        {
            app.Services.GetRequiredService<PlaceIndex>();
        }
        catch (Exception failure) when (failure is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            throw new ConfigurationException(
                $"PLACES_PATH: cannot read the place data at '{options.PlacesPath}' ({failure.Message}); it ships with the " +
                "server as places/places.tsv.gz", failure);
        }
    }
}
