using System.Diagnostics;

namespace Jyotishika.Engine.Native;

internal abstract class EphemerisJob
{
    /// <summary>The submitter's span, when tracing listens: the job's spans are its children.</summary>
    internal ActivityContext? TraceParent { get; private set; }

    internal DateTimeOffset Submitted { get; private set; }

    /// <summary>The failure's type, never its message (which may quote a birth): for the compute span's status.</summary>
    internal string? FailureType { get; private protected set; }

    internal void TraceFrom(ActivityContext parent)
    {
        TraceParent = parent;
        Submitted = DateTimeOffset.UtcNow;
    }

    internal abstract void Run(EphemerisSession session);
}

/// <summary>A unit of native work and the task its caller awaits. Cancelled jobs are dropped before they run.</summary>
internal sealed class EphemerisJob<T>(Func<EphemerisSession, T> work, CancellationToken cancellationToken) : EphemerisJob
{
    private readonly TaskCompletionSource<T> completion = new(TaskCreationOptions.RunContinuationsAsynchronously);

    internal Task<T> Completion => completion.Task;

    internal override void Run(EphemerisSession session)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            completion.TrySetCanceled(cancellationToken);
            return;
        }

        try
        {
            completion.TrySetResult(work(session));
        }
#pragma warning disable CA1031 // Every failure belongs to the awaiting caller, never to the pool thread.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            FailureType = exception.GetType().Name;
            completion.TrySetException(exception);
        }
    }
}
