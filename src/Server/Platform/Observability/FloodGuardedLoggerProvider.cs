namespace Jyotishika.Server.Platform.Observability;

/// <summary>
/// Wraps the console logger provider with <see cref="LogFloodGuard"/>: lines below Warning pass untouched (the request
/// line is Information, one per request and bounded by the rate limits), Warning and above are admitted per kind.
/// Registered under the console provider's alias, so "Logging:Console" settings still apply.
/// </summary>
[ProviderAlias("Console")]
public sealed class FloodGuardedLoggerProvider(ILoggerProvider inner, LogFloodGuard guard) : ILoggerProvider, ISupportExternalScope
{
    public ILogger CreateLogger(string categoryName) => new Logger(inner.CreateLogger(categoryName), categoryName, guard);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider)
    {
        if (inner is ISupportExternalScope scoped)
        {
            scoped.SetScopeProvider(scopeProvider);
        }
    }

    public void Dispose() => inner.Dispose();

    private sealed class Logger(ILogger inner, string category, LogFloodGuard guard) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => inner.BeginScope(state);

        public bool IsEnabled(LogLevel logLevel) => inner.IsEnabled(logLevel);

        public void Log<TState>(
            LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel < LogLevel.Warning)
            {
                inner.Log(logLevel, eventId, state, exception, formatter);
                return;
            }

            var admitted = guard.Admit(category, eventId.Id, out var suppressed);
            if (suppressed > 0)
            {
                inner.Log(logLevel, eventId, suppressed, null, static (count, _) => string.Create(
                    System.Globalization.CultureInfo.InvariantCulture,
                    $"{count} more lines like the next were not written in the last {LogFloodGuard.Window.TotalMinutes:0} min " +
                    $"(at most {LogFloodGuard.LinesPerWindow} of a kind per window; jyotishika_log_lines_suppressed_total counts them)"));
            }

            if (admitted)
            {
                inner.Log(logLevel, eventId, state, exception, formatter);
            }
        }
    }
}
