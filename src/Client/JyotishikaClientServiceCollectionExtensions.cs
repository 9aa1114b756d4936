using Grpc.Net.ClientFactory;
using Jyotishika.Client;
using Jyotishika.Client.Calls;
using Jyotishika.V1;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the Jyotishika clients with a service collection.</summary>
public static class JyotishikaClientServiceCollectionExtensions
{
    /// <summary>
    /// Registers a client for every Jyotishika service (<see cref="ChartService.ChartServiceClient"/>,
    /// <see cref="DashaService.DashaServiceClient"/>, <see cref="PanchangService.PanchangServiceClient"/>,
    /// <see cref="PlaceService.PlaceServiceClient"/>, <see cref="EphemerisService.EphemerisServiceClient"/>,
    /// <see cref="AuthService.AuthServiceClient"/>,
    /// <see cref="ProfileService.ProfileServiceClient"/>) and <see cref="JyotishikaClient"/>, all built on
    /// Grpc.Net.ClientFactory. Every call sends <see cref="JyotishikaClientOptions.ApiToken"/> as a bearer token, gets
    /// the default deadline when it has none, and fails with a <see cref="JyotishikaRpcException"/>; calculations are
    /// retried on UNAVAILABLE (<see cref="JyotishikaClientOptions.Retry"/>).
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options; <see cref="JyotishikaClientOptions.Address"/> is required. Calling this method
    /// again adds another configuration step to the same clients.</param>
    /// <returns>The same service collection.</returns>
    public static IServiceCollection AddJyotishikaClient(this IServiceCollection services, Action<JyotishikaClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<JyotishikaClientOptions>().Configure(configure);
        if (services.Any(descriptor => descriptor.ServiceType == typeof(JyotishikaClient)))
        {
            return services;
        }

        services.TryAddEnumerable(
            ServiceDescriptor.Singleton<IValidateOptions<JyotishikaClientOptions>, JyotishikaClientOptionsValidator>());
        AddServiceClient<ChartService.ChartServiceClient>(services);
        AddServiceClient<DashaService.DashaServiceClient>(services);
        AddServiceClient<PanchangService.PanchangServiceClient>(services);
        AddServiceClient<PlaceService.PlaceServiceClient>(services);
        AddServiceClient<EphemerisService.EphemerisServiceClient>(services);
        AddServiceClient<AuthService.AuthServiceClient>(services);
        AddServiceClient<ProfileService.ProfileServiceClient>(services);
        AddServiceClient<YogaService.YogaServiceClient>(services);
        AddServiceClient<MatchService.MatchServiceClient>(services);
        AddServiceClient<DoshaService.DoshaServiceClient>(services);
        AddServiceClient<StrengthService.StrengthServiceClient>(services);
        AddServiceClient<JaiminiService.JaiminiServiceClient>(services);
        AddServiceClient<VarshaphalService.VarshaphalServiceClient>(services);
        services.AddTransient<JyotishikaClient>();
        return services;
    }

    private static void AddServiceClient<TClient>(IServiceCollection services)
        where TClient : class
    {
        services
            .AddGrpcClient<TClient>((provider, factory) => factory.Address = OptionsOf(provider).Address)
            .ConfigureChannel((provider, channel) =>
            {
                var options = OptionsOf(provider);

                // Validation has refused a token over plain HTTP to anything but loopback unless the caller allowed it.
                channel.UnsafeUseInsecureChannelCallCredentials = options.Address?.Scheme == Uri.UriSchemeHttp;
                channel.ServiceConfig = CalculationRetryPolicy.For(options.Retry);
                channel.MaxReceiveMessageSize = options.MaxReceiveMessageSize;
            })
            .AddCallCredentials(BearerCredentials.AddAsync)
            .AddInterceptor(InterceptorScope.Channel, _ => new ErrorDetailsInterceptor())
            .AddInterceptor(
                InterceptorScope.Channel,
                provider => new DefaultDeadlineInterceptor(
                    provider.GetRequiredService<IOptionsMonitor<JyotishikaClientOptions>>(),
                    provider.GetService<TimeProvider>() ?? TimeProvider.System));
    }

    /// <remarks>Reading the value runs the validator, so a misconfiguration surfaces on the first client created.</remarks>
    private static JyotishikaClientOptions OptionsOf(IServiceProvider provider) =>
        provider.GetRequiredService<IOptionsMonitor<JyotishikaClientOptions>>().CurrentValue;
}
