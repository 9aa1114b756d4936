using System.Collections.Concurrent;
using Jyotishika.Server.Platform.Edge;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Jyotishika.Server.Tests.Infrastructure;

/// <summary>One line a server logged: its category, level, event name and formatted message.</summary>
internal sealed record LogLine(string Category, LogLevel Level, string? Event, string Message);

/// <summary>
/// What a server logs while it starts, and where it listened: built from settings on loopback port 0, a capturing
/// logger added before the start (whatever console format the environment picks), started and stopped.
/// </summary>
internal sealed record CapturedStart(IReadOnlyList<LogLine> Lines, Uri Rest, Uri Grpc)
{
    public static async Task<CapturedStart> RunAsync(params string[] settings)
    {
        var app = JyotishikaServer.Build(["--PORT=0", "--GRPC_PORT=0", "--BIND_ADDRESS=127.0.0.1", .. settings]);
        using var capture = new CapturingLoggerProvider();
        app.Services.GetRequiredService<ILoggerFactory>().AddProvider(capture);
        try
        {
            await app.StartAsync().ConfigureAwait(false);
            var listening = app.Services.GetRequiredService<ListeningAddresses>();
            return new CapturedStart([.. capture.Lines], listening.Rest, listening.Grpc);
        }
        finally
        {
            await app.StopAsync().ConfigureAwait(false);
            await app.DisposeAsync().ConfigureAwait(false);
        }
    }

    private sealed class CapturingLoggerProvider : ILoggerProvider
    {
        public ConcurrentQueue<LogLine> Lines { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Capturing(categoryName, Lines);

        public void Dispose()
        {
        }

        private sealed class Capturing(string category, ConcurrentQueue<LogLine> lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(
                LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                lines.Enqueue(new LogLine(category, logLevel, eventId.Name, formatter(state, exception)));
        }
    }
}
