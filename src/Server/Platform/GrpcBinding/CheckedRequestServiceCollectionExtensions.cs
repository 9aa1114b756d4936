using Grpc.AspNetCore.Server.Model;

namespace Jyotishika.Server.Platform.GrpcBinding;

/// <summary>Puts <see cref="CheckedRequestServiceMethodProvider{TService}"/> in place of grpc-dotnet's own binder.</summary>
internal static class CheckedRequestServiceCollectionExtensions
{
    /// <summary>grpc-dotnet's binder type (internal), registered by AddGrpc as an open generic.</summary>
    private const string GrpcBinderName = "BinderServiceMethodProvider`1";

    public static IServiceCollection UseCheckedRequests(this IServiceCollection services)
    {
        var binders = services.Where(descriptor => descriptor.ServiceType == typeof(IServiceMethodProvider<>)
            && descriptor.ImplementationType?.Name == GrpcBinderName).ToList();

        // Both binders at once would map every method twice; none found means a grpc-dotnet update moved it: stop here.
        if (binders.Count != 1)
        {
            throw new ConfigurationException(
                $"Expected grpc-dotnet to register one {GrpcBinderName}; found {binders.Count}. Check the Grpc.AspNetCore version.");
        }

        services.Remove(binders[0]);
        services.AddSingleton(typeof(IServiceMethodProvider<>), typeof(CheckedRequestServiceMethodProvider<>));
        return services;
    }
}
