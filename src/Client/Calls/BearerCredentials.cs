using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Jyotishika.Client.Calls;

/// <summary>The API token as gRPC call credentials: <c>authorization: Bearer …</c> on every call, read from the options anew.</summary>
internal static class BearerCredentials
{
    public const string Header = "authorization";

    public static Task AddAsync(AuthInterceptorContext context, Metadata headers, IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(headers);
        ArgumentNullException.ThrowIfNull(services);
        var token = services.GetRequiredService<IOptionsMonitor<JyotishikaClientOptions>>().CurrentValue.ApiToken;
        if (!string.IsNullOrEmpty(token))
        {
            headers.Add(Header, "Bearer " + token);
        }

        return Task.CompletedTask;
    }
}
