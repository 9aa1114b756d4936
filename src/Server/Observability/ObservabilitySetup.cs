using Jyotishika.Server.Configuration;

namespace Jyotishika.Server.Observability;

/// <summary>Logging (level, format) and per-request correlation.</summary>
public static class ObservabilitySetup
{
    public static void Configure(WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ConfigureLogLevel(builder);
    }

    /// <summary>First in the pipeline, so every later step and log line knows the request's correlation id.</summary>
    public static void UseFirst(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
    }

    /// <summary>LOG_LEVEL takes the older system's names (DEBUG, INFO, WARNING, ERROR) as well as .NET's.</summary>
    private static void ConfigureLogLevel(WebApplicationBuilder builder)
    {
        var level = builder.Configuration["LOG_LEVEL"]?.Trim().ToUpperInvariant() switch
        {
            null or "" => (LogLevel?)null,
            "TRACE" => LogLevel.Trace,
            "DEBUG" => LogLevel.Debug,
            "INFO" or "INFORMATION" => LogLevel.Information,
            "WARN" or "WARNING" => LogLevel.Warning,
            "ERROR" => LogLevel.Error,
            "CRITICAL" or "FATAL" => LogLevel.Critical,
            var other => throw new ConfigurationException(
                $"Configuration LOG_LEVEL='{other}' must be one of DEBUG, INFO, WARNING, ERROR, CRITICAL."),
        };
        if (level is { } minimum)
        {
            builder.Logging.SetMinimumLevel(minimum);
        }
    }
}
