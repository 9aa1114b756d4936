using Jyotishika.Server.Auth;
using Jyotishika.Server.Configuration;
using Jyotishika.Server.Errors;
using Jyotishika.Server.Storage;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Authorization;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Npgsql;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>PostgreSQL, Redis, sign-in (Google OpenID Connect), sessions, API tokens and who may call what.</summary>
public static class JyotishikaAuthServiceCollectionExtensions
{
    public static IServiceCollection AddJyotishikaStorage(this IServiceCollection services, StorageOptions storage)
    {
        ArgumentNullException.ThrowIfNull(storage);
        services.AddSingleton(storage);
        services.AddSingleton<StoreOutageLog>();
        services.AddSingleton(provider => new Database(
            storage.Database is { } connection ? new NpgsqlDataSourceBuilder(connection.ConnectionString).Build() : null,
            provider.GetRequiredService<StoreOutageLog>()));
        services.AddSingleton(provider => new RedisStore(storage.Redis, provider.GetRequiredService<StoreOutageLog>()));
        services.AddSingleton<MigrationRunner>();
        services.AddHostedService<DatabaseStartup>();
        services.AddJyotishikaRetention(storage.Retention);
        return services;
    }

    public static IServiceCollection AddJyotishikaAuth(this IServiceCollection services, AuthOptions auth)
    {
        ArgumentNullException.ThrowIfNull(auth);
        services.AddSingleton(auth);
        services.AddSingleton<HttpStatusWriter>();
        services.AddSingleton<UserStore>();
        services.AddSingleton<SessionStore>();
        services.AddSingleton<ApiTokenStore>();
        services.AddSingleton<SessionCookie>();
        services.AddSingleton<CrossSiteRequests>();
        services.AddSingleton<SignInRedirects>();
        services.AddSingleton<SignInCompletion>();
        services.AddSingleton<GoogleSignInEvents>();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, AuthorizationResponder>();
        services.AddAuthorization();

        var authentication = services.AddAuthentication(CallerAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, CallerAuthenticationHandler>(CallerAuthenticationHandler.SchemeName, configureOptions: null);
        if (auth.GoogleConfigured)
        {
            authentication.AddOpenIdConnect(SignInEndpoints.GoogleScheme, oidc => ConfigureGoogle(oidc, auth));
            services.AddOptions<OpenIdConnectOptions>(SignInEndpoints.GoogleScheme)
                .Configure<RedisStore>((oidc, redis) => oidc.StateDataFormat = new RedisStateDataFormat(redis))

                // After the handler's own post-configuration, which creates the metadata address and back-channel.
                .PostConfigure<TimeProvider>((oidc, time) => oidc.TokenValidationParameters.IssuerSigningKeyResolver =
                    new SigningKeyRefresher(oidc.MetadataAddress!, oidc.Backchannel, oidc.RequireHttpsMetadata, time).Resolve);
        }

        return services;
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
