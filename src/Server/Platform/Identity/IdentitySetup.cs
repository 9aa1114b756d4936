namespace Jyotishika.Server.Platform.Identity;

/// <summary>Who is calling (a session cookie or an API token) and what an unauthorized caller is told.</summary>
public static class IdentitySetup
{
    public static AuthenticationBuilder AddIdentity(this IServiceCollection services, AuthOptions auth)
    {
        ArgumentNullException.ThrowIfNull(auth);
        services.AddSingleton(auth);
        services.AddSingleton<SessionCookie>();
        services.AddSingleton<SignInOutcomes>();
        services.AddSingleton<CrossSiteRequests>();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, AuthorizationResponder>();
        services.AddAuthorization();
        return services.AddAuthentication(CallerAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, CallerAuthenticationHandler>(CallerAuthenticationHandler.SchemeName, configureOptions: null);
    }
}
