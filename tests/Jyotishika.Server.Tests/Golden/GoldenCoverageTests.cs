using Jyotishika.Server.Platform.Observability;
using Jyotishika.Server.Tests.Fuzzing;

namespace Jyotishika.Server.Tests.Golden;

/// <summary>
/// The golden requests reach the whole contract: every gRPC method and every REST binding (the older paths included)
/// is called at least once, so a method added to the contract without golden answers fails here.
/// </summary>
public sealed class GoldenCoverageTests
{
    [Test]
    public void Every_contract_method_has_a_golden_gRPC_request()
    {
        var called = GoldenGroups.Cases.OfType<GrpcCase>().Select(call => call.Method).ToHashSet(StringComparer.Ordinal);

        var missing = ContractRoutes.Grpc()
            .Select(method => $"{method.Service.FullName}/{method.Name}")
            .Where(path => !called.Contains(path));

        Assert.That(missing, Is.Empty);
    }

    [Test]
    public void Every_contract_REST_route_has_a_golden_request()
    {
        var requests = GoldenGroups.Cases.OfType<RestCase>().ToList();

        var missing = ContractRoutes.Rest()
            .Where(route => !requests.Any(request => Matches(route, request)))
            .Select(route => route.ToString());

        Assert.That(missing, Is.Empty);
    }

    [Test]
    public void Golden_request_names_are_unique_correlation_ids()
    {
        var names = GoldenGroups.Cases.Select(request => request.Name).ToList();

        Assert.That(names, Is.Unique);
        Assert.That(
            GoldenGroups.Cases.Where(request => !RequestCorrelation.IsValid(request.CorrelationId)).Select(request => request.Name),
            Is.Empty,
            "each name makes a correlation id the server keeps");
    }

    /// <summary>Same verb, and the path's segments equal the template's, a {field} segment matching any one segment.</summary>
    private static bool Matches(RestRoute route, RestCase request)
    {
        var path = request.Target.Split('?')[0].Split('/');
        var template = route.Pattern.Split('/');
        return route.Verb == request.Verb && path.Length == template.Length
            && path.Zip(template).All(pair => pair.Second.StartsWith('{') ? pair.First.Length > 0 : pair.First == pair.Second);
    }
}
