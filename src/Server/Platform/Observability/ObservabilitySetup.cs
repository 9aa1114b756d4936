using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging.Console;

namespace Jyotishika.Server.Platform.Observability;

/// <summary>Logging (level, format) and per-request correlation.</summary>
public static class ObservabilitySetup
{
    /// <summary>ISO 8601 in UTC with milliseconds, which log stores parse without a hint.</summary>
    public const string TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

    public static void AddObservability(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ConfigureFormat(builder);
        ConfigureLevels(builder);
    }

    /// <summary>
    /// First in the pipeline, so every later step and log line knows the request's correlation id; the request line
    /// is written outside the exception handler (<see cref="Errors.ErrorsSetup.UseErrorAnswers"/>, next) so it sees the
    /// 500 the handler answers.
    /// </summary>
    public static void UseObservability(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseMiddleware<CorrelationMiddleware>();
        app.UseMiddleware<RequestLogMiddleware>();
    }

    /// <summary>
    /// One JSON object per line everywhere but Development, where people read the console: multi-line text there. The
    /// trace id travels in the correlation scope, so the scope ASP.NET Core adds per Activity would only repeat it.
    /// </summary>
    private static void ConfigureFormat(WebApplicationBuilder builder)
    {
        builder.Logging.Configure(logging => logging.ActivityTrackingOptions = ActivityTrackingOptions.None);
        if (builder.Environment.IsDevelopment())
        {
            builder.Logging.AddSimpleConsole(text =>
            {
                text.IncludeScopes = true;
                text.TimestampFormat = "HH:mm:ss ";
            });
            GuardConsoleAgainstFloods(builder.Services);
            return;
        }

        builder.Logging.AddJsonConsole(json =>
        {
            json.IncludeScopes = true;
            json.UseUtcTimestamp = true;
            json.TimestampFormat = TimestampFormat;
            json.JsonWriterOptions = new System.Text.Json.JsonWriterOptions { Indented = false };
        });
        GuardConsoleAgainstFloods(builder.Services);
    }

    /// <summary>Puts the console provider behind <see cref="FloodGuardedLoggerProvider"/> (in every environment).</summary>
    private static void GuardConsoleAgainstFloods(IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<LogFloodGuard>();
        var consoles = services
            .Where(d => d.ServiceType == typeof(ILoggerProvider) && d.ImplementationType == typeof(ConsoleLoggerProvider))
            .ToList();
        foreach (var console in consoles)
        {
            services.Remove(console);
        }

        services.AddSingleton<ILoggerProvider>(provider => new FloodGuardedLoggerProvider(
            ActivatorUtilities.CreateInstance<ConsoleLoggerProvider>(provider), provider.GetRequiredService<LogFloodGuard>()));
    }

    /// <summary>
    /// LOG_LEVEL takes the older system's names (DEBUG, INFO, WARNING, ERROR) as well as .NET's. It becomes the default
    /// level and a floor under every category configured below it; categories set noisier than the default
    /// (Microsoft.AspNetCore at Warning) stay as they are.
    /// </summary>
    private static void ConfigureLevels(WebApplicationBuilder builder)
    {
        // Categories that print sign-in secrets below Warning, pinned in code so no appsettings change brings them back:
        // hosting's per-request lines carry the raw URL (the callback's ?code=…&state=…), which the request line
        // replaces; the OpenID Connect handler logs the authorize URL (state, nonce) at Debug and the code at Trace.
        builder.Logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.Warning);
        builder.Logging.AddFilter(typeof(OpenIdConnectHandler).FullName, LogLevel.Warning);

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
            // After configuration binding: appsettings' "Default": "Information" would otherwise win over LOG_LEVEL.
            builder.Services.PostConfigure<LoggerFilterOptions>(options => ApplyFloor(options, minimum));
        }
    }

    private static void ApplyFloor(LoggerFilterOptions options, LogLevel minimum)
    {
        options.MinLevel = minimum;
        var rules = options.Rules
            .Select(rule => rule.LogLevel is not { } level ? rule
                : rule.CategoryName is null ? new LoggerFilterRule(rule.ProviderName, null, minimum, rule.Filter)
                : level < minimum ? new LoggerFilterRule(rule.ProviderName, rule.CategoryName, minimum, rule.Filter)
                : rule)
            .ToList();
        options.Rules.Clear();
        foreach (var rule in rules)
        {
            options.Rules.Add(rule);
        }
    }
}
