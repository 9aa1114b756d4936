using System.Collections.Concurrent;
using System.Diagnostics;

namespace Jyotishika.Server.Tests.Infrastructure;

/// <summary>
/// A program started by the tests. Its output is read continuously, because a server writing into a pipe nobody reads
/// blocks once the pipe fills; the last lines are kept so a failure can say what the program said.
/// </summary>
internal sealed class ChildProcess : IDisposable
{
    private const int KeptLines = 40;
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(50);
    private static readonly TimeSpan DrainTimeout = TimeSpan.FromSeconds(5);

    private readonly Process process;
    private readonly string description;
    private readonly ConcurrentQueue<string> lastLines = new();
    private readonly ConcurrentQueue<string> standardOutput = new();
    private readonly ConcurrentQueue<string> standardError = new();

    private ChildProcess(Process process, string description)
    {
        this.process = process;
        this.description = description;
    }

    public bool HasExited => process.HasExited;

    /// <summary>The operating system's process id, for signals (kill -TERM).</summary>
    public int Id => process.Id;

    /// <summary>The exit status, once <see cref="HasExited"/>.</summary>
    public int ExitCode => process.ExitCode;

    /// <summary>The last lines the program wrote (standard output and error), for assertion messages.</summary>
    public string LastOutput => string.Join(Environment.NewLine, lastLines);

    /// <summary>Every line the program wrote to standard output so far: what an operator's log collector receives.</summary>
    public IReadOnlyList<string> StandardOutput => [.. standardOutput];

    /// <summary>Every line the program wrote to standard error so far.</summary>
    public IReadOnlyList<string> StandardError => [.. standardError];

    /// <summary>Starts a program; <paramref name="environment"/> sets variables over the tests' own (a null value removes one).</summary>
    public static ChildProcess Start(
        string program, IReadOnlyList<string> arguments, string workingDirectory, IReadOnlyDictionary<string, string?>? environment = null)
    {
        // The working directory matters when running as another user: initdb fails if it cannot read the current directory.
        var startInfo = new ProcessStartInfo(program)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null)
            {
                startInfo.Environment.Remove(name);
            }
            else
            {
                startInfo.Environment[name] = value;
            }
        }

        var process = new Process { StartInfo = startInfo };
        var child = new ChildProcess(process, string.Join(' ', [program, .. arguments]));
        process.OutputDataReceived += (_, line) => child.Keep(child.standardOutput, line.Data);
        process.ErrorDataReceived += (_, line) => child.Keep(child.standardError, line.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return child;
    }

    /// <summary>Runs a program to completion and throws, with its output, unless it exits with status 0.</summary>
    public static async Task RunAsync(string program, IReadOnlyList<string> arguments, string workingDirectory, TimeSpan timeout)
    {
        using var child = Start(program, arguments, workingDirectory);
        await child.WaitForExitAsync(timeout).ConfigureAwait(false);
        if (child.process.ExitCode != 0)
        {
            throw child.Failure($"exited with status {child.process.ExitCode}");
        }
    }

    /// <summary>
    /// Polls <paramref name="isReady"/> until it says yes; fails early if the program exits, which means it refused to start.
    /// By then every line it wrote has been read, so <see cref="HasWritten"/> can tell why.
    /// </summary>
    public async Task WaitUntilReadyAsync(Func<Task<bool>> isReady, TimeSpan timeout)
    {
        var elapsed = Stopwatch.StartNew();
        while (!await isReady().ConfigureAwait(false))
        {
            if (process.HasExited)
            {
                await DrainOutputAsync().ConfigureAwait(false);
                throw Failure($"exited with status {process.ExitCode} before it was ready");
            }

            if (elapsed.Elapsed > timeout)
            {
                throw Failure($"was not ready after {timeout.TotalSeconds:0.##} s");
            }

            await Task.Delay(PollInterval).ConfigureAwait(false);
        }
    }

    /// <summary>True when a line the program wrote so far (either stream) contains <paramref name="text"/>, in any case.</summary>
    public bool HasWritten(string text) =>
        standardOutput.Concat(standardError).Any(line => line.Contains(text, StringComparison.OrdinalIgnoreCase));

    /// <summary>Waits for the program to exit; one that does not is killed, so a hung child never outlives the test run.</summary>
    public async Task WaitForExitAsync(TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancellation.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            await KillAsync().ConfigureAwait(false);
            throw Failure($"did not exit within {timeout.TotalSeconds:0.##} s and was killed");
        }
    }

    /// <summary>Kills the program and everything it started, then waits until the kernel has reaped it (its sockets are closed).</summary>
    public async Task KillAsync()
    {
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync().ConfigureAwait(false);
    }

    public void Dispose() => process.Dispose();

    /// <summary>
    /// Exit is noticed before the output pipes are read to their end; waiting for exit again reads them, unless a
    /// grandchild still holds them open, which is why the wait is bounded.
    /// </summary>
    private async Task DrainOutputAsync()
    {
        using var bound = new CancellationTokenSource(DrainTimeout);
        try
        {
            await process.WaitForExitAsync(bound.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Whatever was read is what the failure can report.
        }
    }

    private InvalidOperationException Failure(string what) =>
        new($"{description} {what}. Its last output:{Environment.NewLine}{string.Join(Environment.NewLine, lastLines)}");

    private void Keep(ConcurrentQueue<string> stream, string? line)
    {
        if (line is null)
        {
            return;
        }

        stream.Enqueue(line);
        lastLines.Enqueue(line);
        while (lastLines.Count > KeptLines)
        {
            lastLines.TryDequeue(out _);
        }
    }
}
