using Jyotishika.V1;
using Microsoft.Extensions.DependencyInjection;

namespace Jyotishika.Client.Tests.Infrastructure;

/// <summary>
/// A service provider as an application builds one with <c>AddJyotishikaClient</c>, plus a count of the HTTP requests its
/// clients send (each gRPC attempt is one), taken on every client's HttpClient.
/// </summary>
internal sealed class ClientServices : IAsyncDisposable
{
    private readonly ServiceProvider provider;
    private readonly AttemptCounter attempts = new();

    public ClientServices(Uri address, Action<JyotishikaClientOptions>? configure = null)
    {
        var services = new ServiceCollection();
        services.ConfigureHttpClientDefaults(client => client.AddHttpMessageHandler(() => new CountingHandler(attempts)));
        services.AddJyotishikaClient(options =>
        {
            options.Address = address;
            configure?.Invoke(options);
        });
        provider = services.BuildServiceProvider();
    }

    /// <summary>HTTP requests sent so far: one per gRPC attempt, retries included.</summary>
    public int Attempts => attempts.Count;

    public IServiceProvider Services => provider;

    public ChartService.ChartServiceClient Charts => provider.GetRequiredService<ChartService.ChartServiceClient>();

    public JyotishikaClient All => provider.GetRequiredService<JyotishikaClient>();

    public ValueTask DisposeAsync() => provider.DisposeAsync();

    private sealed class AttemptCounter
    {
        private int count;

        public int Count => Volatile.Read(ref count);

        public void Add() => Interlocked.Increment(ref count);
    }

    private sealed class CountingHandler(AttemptCounter counter) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            counter.Add();
            return base.SendAsync(request, cancellationToken);
        }
    }
}
