namespace Jyotishika.Server.Platform.RateLimiting;

/// <summary>
/// Applies the per-user calculation limit. It needs the caller, who is known only after authentication, while ASP.NET
/// Core's rate limiter runs before it (the OpenID callback is answered inside the authentication middleware), so this
/// runs after authorization: calls refused there use none of the caller's budget.
/// </summary>
public sealed class CalculationRateLimitMiddleware(RequestDelegate next, RequestRateLimiters limiters, RateLimitRejection rejection)
{
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        using var lease = await limiters.Calculations.AcquireAsync(context, 1, context.RequestAborted).ConfigureAwait(false);
        if (lease.IsAcquired)
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        await rejection.WriteAsync(context, lease).ConfigureAwait(false);
    }
}
