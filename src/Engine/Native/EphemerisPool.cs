using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Threading.Channels;

namespace Jyotishika.Engine.Native;

/// <summary>
/// Dedicated OS threads that own the Swiss Ephemeris state. The library keeps its state per thread, so each thread
/// sets the ephemeris path once, runs whole jobs synchronously (a job sets its sidereal mode right before its calls,
/// with nothing awaited in between) and closes its own state at shutdown.
/// </summary>
public sealed class EphemerisPool : IDisposable
{
    private readonly Channel<EphemerisJob> queue;
    private readonly Thread[] threads;
    private readonly string ephemerisPath;
    private int busyThreads;
    private int queuedJobs;

    public EphemerisPool(EphemerisPoolOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        ephemerisPath = Path.GetFullPath(options.EphemerisPath);
        queue = Channel.CreateBounded<EphemerisJob>(new BoundedChannelOptions(options.QueueCapacity)
        {
            SingleWriter = false,
            SingleReader = false,
            FullMode = BoundedChannelFullMode.Wait,
        });
        threads = new Thread[options.ThreadCount];
        using var started = new CountdownEvent(options.ThreadCount);
        for (var i = 0; i < threads.Length; i++)
        {
            threads[i] = new Thread(() => RunWorker(started)) { IsBackground = true, Name = $"ephemeris-{i}" };
            threads[i].Start();
        }

        started.Wait();
    }

    public int ThreadCount => threads.Length;

    /// <summary>The folder the threads read their ephemeris files from (absolute).</summary>
    internal string EphemerisPath => ephemerisPath;

    /// <summary>The native library's own version string, e.g. "2.10.03".</summary>
    public static string LibraryVersion => EphemerisSession.LibraryVersion();

    /// <summary>Jobs waiting for a thread.</summary>
    public int QueueDepth => Volatile.Read(ref queuedJobs);

    /// <summary>Threads running a job right now.</summary>
    public int BusyThreads => Volatile.Read(ref busyThreads);

    /// <summary>Runs a job on a pool thread. Waits for queue room until <paramref name="cancellationToken"/> fires.</summary>
    internal async Task<T> RunAsync<T>(Func<EphemerisSession, T> work, CancellationToken cancellationToken)
    {
        var job = new EphemerisJob<T>(work, cancellationToken);
        if (EphemerisTracing.Source.HasListeners())
        {
            job.TraceFrom(Activity.Current?.Context ?? default);
        }

        Interlocked.Increment(ref queuedJobs);
        try
        {
            await queue.Writer.WriteAsync(job, cancellationToken).ConfigureAwait(false);
        }
        catch (ChannelClosedException closed)
        {
            Interlocked.Decrement(ref queuedJobs);
            throw new ObjectDisposedException("The ephemeris pool has shut down.", closed);
        }
        catch
        {
            Interlocked.Decrement(ref queuedJobs);
            throw;
        }

        return await job.Completion.ConfigureAwait(false);
    }

    public void Dispose()
    {
        if (queue.Writer.TryComplete())
        {
            foreach (var thread in threads)
            {
                thread.Join();
            }
        }
    }

    private static bool TryTake(ChannelReader<EphemerisJob> reader, [NotNullWhen(true)] out EphemerisJob? job)
    {
        if (reader.TryRead(out job))
        {
            return true;
        }

        try
        {
            job = reader.ReadAsync().AsTask().GetAwaiter().GetResult();
            return true;
        }
        catch (ChannelClosedException)
        {
            job = null;
            return false;
        }
    }

    private static void RunTraced(EphemerisJob job, EphemerisSession session)
    {
        if (job.TraceParent is not { } parent)
        {
            job.Run(session);
            return;
        }

        // The wait is over the moment the thread took the job: its span starts at submission and ends now.
        EphemerisTracing.Source.StartActivity("ephemeris.queue", ActivityKind.Internal, parent, startTime: job.Submitted)?.Dispose();
        using var compute = EphemerisTracing.Source.StartActivity("ephemeris.compute", ActivityKind.Internal, parent);
        job.Run(session);
        if (job.FailureType is { } failure)
        {
            compute?.SetStatus(ActivityStatusCode.Error, failure);
        }
    }

    private void RunWorker(CountdownEvent started)
    {
        SwissEph.SetEphePath(ephemerisPath);
        var session = new EphemerisSession();
        started.Signal();
        try
        {
            var reader = queue.Reader;

            // Blocking here is the point: this thread exists only to run native jobs. ReadAsync hands each job to
            // exactly one waiting thread (WaitToReadAsync would wake every idle thread for every job).
            while (TryTake(reader, out var job))
            {
                Interlocked.Decrement(ref queuedJobs);
                Interlocked.Increment(ref busyThreads);
                try
                {
                    RunTraced(job, session);
                }
                finally
                {
                    Interlocked.Decrement(ref busyThreads);
                }
            }
        }
        finally
        {
            SwissEph.Close();
        }
    }
}
