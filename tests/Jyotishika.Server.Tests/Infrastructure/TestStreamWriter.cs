using Grpc.Core;

namespace Jyotishika.Server.Tests.Infrastructure;

/// <summary>A server stream's client side, in process: every message written, in order.</summary>
/// <param name="written">Called after each message is kept (with how many there are now), e.g. to cancel the call midway.</param>
public sealed class TestStreamWriter<T>(Action<int>? written = null) : IServerStreamWriter<T>
    where T : class
{
    private readonly List<T> messages = [];

    public IReadOnlyList<T> Messages => messages;

    public WriteOptions? WriteOptions { get; set; }

    public Task WriteAsync(T message) => WriteAsync(message, CancellationToken.None);

    public Task WriteAsync(T message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        cancellationToken.ThrowIfCancellationRequested();

        // A service writes one message at a time (gRPC forbids overlapping writes), so no lock is needed.
        messages.Add(message);
        written?.Invoke(messages.Count);
        return Task.CompletedTask;
    }
}
