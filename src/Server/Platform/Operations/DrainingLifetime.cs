using System.Runtime.InteropServices;

namespace Jyotishika.Server.Platform.Operations;

/// <summary>
/// The host's lifetime in place of the console one: SIGTERM (docker stop, a Kubernetes roll-out) first drains — readiness
/// fails, calls are still served — and only after <see cref="ShutdownDrain.Delay"/> stops the host, which then closes
/// the listeners and lets calls in flight finish (SHUTDOWN_TIMEOUT_SECONDS). A second SIGTERM, SIGINT (Ctrl+C) and
/// SIGQUIT stop at once.
/// </summary>
public sealed partial class DrainingLifetime(
    IHostApplicationLifetime lifetime, ShutdownDrain drain, ILogger<DrainingLifetime> logger) : IHostLifetime, IDisposable
{
    private readonly List<PosixSignalRegistration> registrations = [];

    public Task WaitForStartAsync(CancellationToken cancellationToken)
    {
        registrations.Add(PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnTerminate));
        registrations.Add(PosixSignalRegistration.Create(PosixSignal.SIGINT, StopNow));
        registrations.Add(PosixSignalRegistration.Create(PosixSignal.SIGQUIT, StopNow));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public void Dispose()
    {
        foreach (var registration in registrations)
        {
            registration.Dispose();
        }
    }

    private void OnTerminate(PosixSignalContext context)
    {
        // The host stops in its own time; the runtime's default (ending the process now) would cut calls off.
        context.Cancel = true;
        if (!drain.Begin() || drain.Delay <= TimeSpan.Zero)
        {
            lifetime.StopApplication();
            return;
        }

        LogDraining(logger, drain.Delay.TotalSeconds);
        _ = Task.Delay(drain.Delay).ContinueWith(_ => lifetime.StopApplication(), TaskScheduler.Default);
    }

    private void StopNow(PosixSignalContext context)
    {
        context.Cancel = true;
        lifetime.StopApplication();
    }

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "SIGTERM: readiness fails now; calls are served for {DrainSeconds} s more before the listeners close")]
    private static partial void LogDraining(ILogger logger, double drainSeconds);
}
