using Google.Api;
using Google.Protobuf.Reflection;

namespace Jyotishika.Server.Tests.Fuzzing;

/// <summary>One REST route as the contract declares it (google.api.http).</summary>
/// <param name="Verb">GET, POST, PATCH or DELETE.</param>
/// <param name="Pattern">The path template, with {field} segments.</param>
/// <param name="Body">"*" (the whole request), a field name (that field), or empty (no body).</param>
/// <param name="Request">The request message.</param>
internal sealed record RestRoute(string Verb, string Pattern, string Body, MessageDescriptor Request)
{
    /// <summary>The message the JSON body holds.</summary>
    public MessageDescriptor BodyMessage => Body == "*" ? Request : Request.FindFieldByName(Body)?.MessageType ?? Request;

    /// <summary>Routes that end the caller's account or session: fuzzed last, so the rest run signed in.</summary>
    public bool EndsTheCaller =>
        Pattern.Contains("logout", StringComparison.Ordinal) || Pattern.EndsWith("/v1/me:delete", StringComparison.Ordinal);

    public override string ToString() => $"{Verb} {Pattern}";
}

/// <summary>Every gRPC method and REST route the server maps from the contract.</summary>
internal static class ContractRoutes
{
    /// <summary>
    /// Every REST binding of every method (google.api.http and its additional_bindings), in a stable order: deletions
    /// after the rest, and what ends the caller's session or account last, so that every route is reached signed in.
    /// </summary>
    public static IReadOnlyList<RestRoute> Rest() =>
        Grpc()
            .SelectMany(method => method.GetOptions()?.GetExtension(AnnotationsExtensions.Http) is { } rule
                ? new[] { rule }.Concat(rule.AdditionalBindings).Select(binding => Route(binding, method))
                : [])
            .Distinct()
            .OrderBy(route => route.EndsTheCaller)
            .ThenBy(route => route.Verb == "DELETE")
            .ThenBy(route => route.ToString(), StringComparer.Ordinal)
            .ToList();

    /// <summary>The methods of this server's own services (jyotishika.v1), unary and server-streaming.</summary>
    public static IReadOnlyList<MethodDescriptor> Grpc() =>
    [
        .. new[]
        {
            V1.ChartService.Descriptor, V1.DashaService.Descriptor, V1.PanchangService.Descriptor, V1.PlaceService.Descriptor,
            V1.EphemerisService.Descriptor, V1.AuthService.Descriptor, V1.ProfileService.Descriptor, V1.YogaService.Descriptor,
            V1.MatchService.Descriptor,
            V1.DoshaService.Descriptor, V1.StrengthService.Descriptor, V1.JaiminiService.Descriptor, V1.VarshaphalService.Descriptor,
        }.SelectMany(service => service.Methods).OrderBy(EndsTheCaller),
    ];

    /// <summary>Methods that end the caller's session or account: fuzzed last, so the rest run signed in.</summary>
    private static bool EndsTheCaller(MethodDescriptor method) => method.Name is "Logout" or "DeleteMyAccount";

    private static RestRoute Route(HttpRule rule, MethodDescriptor method)
    {
        var (verb, pattern) = rule.PatternCase switch
        {
            HttpRule.PatternOneofCase.Get => ("GET", rule.Get),
            HttpRule.PatternOneofCase.Post => ("POST", rule.Post),
            HttpRule.PatternOneofCase.Patch => ("PATCH", rule.Patch),
            HttpRule.PatternOneofCase.Delete => ("DELETE", rule.Delete),
            HttpRule.PatternOneofCase.Put => ("PUT", rule.Put),
            _ => (rule.Custom.Kind, rule.Custom.Path),
        };
        return new RestRoute(verb, pattern, rule.Body, method.InputType);
    }
}
