namespace Jyotishika.Server.Platform.RateLimiting;

/// <summary>The limiters the pipeline applies, made once per server and disposed with it.</summary>
public sealed class RequestRateLimiters : IAsyncDisposable
{
    private readonly PartitionedRateLimiter<HttpContext> clientIp;
    private readonly PartitionedRateLimiter<HttpContext> signIn;

    public RequestRateLimiters(RateLimitOptions options, AuthOptions auth, SharedWindows windows)
    {
        clientIp = ClientIpRateLimit.Create(options, windows);
        signIn = SignInRateLimit.Create(auth, windows);
        BeforeAuthentication = PartitionedRateLimiter.CreateChained(clientIp, signIn);
        Calculations = CalculationRateLimit.Create(options, windows);
    }

    /// <summary>ASP.NET Core's global limiter: the client IP's budget, then a sign-in address's own.</summary>
    public PartitionedRateLimiter<HttpContext> BeforeAuthentication { get; }

    /// <summary>The signed-in caller's calculation budget (<see cref="CalculationRateLimitMiddleware"/>).</summary>
    public PartitionedRateLimiter<HttpContext> Calculations { get; }

    public async ValueTask DisposeAsync()
    {
        await BeforeAuthentication.DisposeAsync().ConfigureAwait(false);
        await clientIp.DisposeAsync().ConfigureAwait(false);
        await signIn.DisposeAsync().ConfigureAwait(false);
        await Calculations.DisposeAsync().ConfigureAwait(false);
    }
}
