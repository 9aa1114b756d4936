using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Jyotishika.Server.Features.Accounts;

/// <summary>Signing in (Google OpenID Connect, Development login), sessions and API tokens: AuthService and /auth/*.</summary>
public static class AccountsSetup
{
    public static IServiceCollection AddAccounts(this IServiceCollection services, AuthOptions auth)
    {
        ArgumentNullException.ThrowIfNull(auth);
        var authentication = services.AddIdentity(auth);
        services.AddSingleton<ApiTokenRequestMapper>();
        services.AddSingleton<SignInRedirects>();
        services.AddSingleton<SignInCompletion>();
        services.AddSingleton<GoogleSignInEvents>();
        if (auth.GoogleConfigured)
        {
            authentication.AddOpenIdConnect(SignInEndpoints.GoogleScheme, oidc => ConfigureGoogle(oidc, auth));
            services.AddOptions<OpenIdConnectOptions>(SignInEndpoints.GoogleScheme)
                .Configure<RedisStateDataFormat>((oidc, state) => oidc.StateDataFormat = state)

                // After the handler's own post-configuration, which creates the metadata address and back-channel.
                .PostConfigure<TimeProvider>((oidc, time) => oidc.TokenValidationParameters.IssuerSigningKeyResolver =
                    new SigningKeyRefresher(oidc.MetadataAddress!, oidc.Backchannel, oidc.RequireHttpsMetadata, time).Resolve);
        }

        return services;
    }

    public static void MapAccounts(this WebApplication app, AuthOptions auth)
    {
        app.MapGrpcService<AuthGrpcService>();
        app.MapSignIn(auth);
    }

    private static void ConfigureGoogle(OpenIdConnectOptions oidc, AuthOptions auth)
    {
        oidc.Authority = auth.GoogleIssuer.AbsoluteUri.TrimEnd('/');
        oidc.RequireHttpsMetadata = auth.GoogleIssuer.Scheme == Uri.UriSchemeHttps;
        oidc.ClientId = auth.GoogleClientId;
        oidc.ClientSecret = auth.GoogleClientSecret;
        oidc.ResponseType = OpenIdConnectResponseType.Code;
        oidc.ResponseMode = OpenIdConnectResponseMode.Query;
        oidc.UsePkce = true;
        oidc.Scope.Clear();
        oidc.Scope.Add("openid");
        oidc.Scope.Add("email");
        oidc.Scope.Add("profile");
        oidc.CallbackPath = GoogleSignInEvents.CallbackPath;
        oidc.SaveTokens = false;
        oidc.GetClaimsFromUserInfoEndpoint = false;
        oidc.MapInboundClaims = false;
        oidc.DisableTelemetry = true;

        // Never used for signing in (the TicketReceived event always answers itself) but must not name this scheme.
        oidc.SignInScheme = CallerAuthenticationHandler.SchemeName;
        oidc.EventsType = typeof(GoogleSignInEvents);
    }
}
