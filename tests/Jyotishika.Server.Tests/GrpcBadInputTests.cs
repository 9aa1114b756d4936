using Google.Rpc;
using Grpc.Core;
using Jyotishika.Server.Tests.Infrastructure;
using Jyotishika.V1;

namespace Jyotishika.Server.Tests;

/// <summary>Bad gRPC input is INVALID_ARGUMENT with google.rpc.BadRequest field violations in JSON field names.</summary>
public sealed class GrpcBadInputTests
{
    private static readonly (string Name, Action<ChartRequest> Break, string Field)[] Cases =
    [
        ("latitude 95", r => r.Latitude = 95, "latitude"),
        ("latitude NaN", r => r.Latitude = double.NaN, "latitude"),
        ("longitude infinite", r => r.Longitude = double.PositiveInfinity, "longitude"),
        ("latitude missing", r => r.ClearLatitude(), "latitude"),
        ("longitude missing", r => r.ClearLongitude(), "longitude"),
        ("unknown house system number", r => r.HouseSystem = (HouseSystem)999, "houseSystem"),
        ("unknown ayanamsha number", r => r.Ayanamsha = (Ayanamsha)48, "ayanamsha"),
        ("unknown node type", r => r.NodeType = (NodeType)7, "nodeType"),
        ("unknown position type", r => r.Positions = (PositionType)3, "positions"),
        ("month 13", r => r.Datetime = "1991-13-45T09:46:00", "datetime"),
        ("empty datetime", r => r.Datetime = string.Empty, "datetime"),
        ("before 1800", r => r.Datetime = "1700-01-01T00:00:00", "datetime"),
        ("after 2399", r => r.Datetime = "2400-06-01T00:00:00", "datetime"),
        ("unknown zone", r => r.Tz = "Nowhere/Special", "tz"),
        ("offset beyond 18 h", r => { r.Tz = string.Empty; r.UtcOffsetMinutes = -1200; }, "utcOffsetMinutes"),
        ("polar Koch", r => { r.Latitude = 80; r.HouseSystem = HouseSystem.Koch; }, "houseSystem"),
        ("user ayanamsha missing", r => r.Ayanamsha = Ayanamsha.UserDefined, "userAyanamsha"),
        ("user ayanamsha epoch NaN", r =>
        {
            r.Ayanamsha = Ayanamsha.UserDefined;
            r.UserAyanamsha = new UserAyanamsha { ReferenceJulianDay = double.NaN, DegreesAtReference = 23 };
        }, "userAyanamsha.referenceJulianDay"),
    ];

    private static IEnumerable<TestCaseData> BadRequests() =>
        Cases.Select(c => new TestCaseData(c.Break, c.Field).SetArgDisplayNames(c.Name));

    [TestCaseSource(nameof(BadRequests))]
    public void Bad_input_is_INVALID_ARGUMENT_naming_the_field(Action<ChartRequest> breakRequest, string field)
    {
        ArgumentNullException.ThrowIfNull(breakRequest);
        var client = new ChartService.ChartServiceClient(ServerFixture.Grpc);
        var request = ChartRequests.Pune1991();
        breakRequest(request);

        var error = Assert.ThrowsAsync<RpcException>(async () => await client.ComputeChartAsync(request))!;

        Assert.That(error.StatusCode, Is.EqualTo(StatusCode.InvalidArgument));
        var badRequest = error.GetRpcStatus()?.GetDetail<BadRequest>();
        Assert.That(badRequest, Is.Not.Null, "the status carries google.rpc.BadRequest");
        Assert.That(badRequest!.FieldViolations.Select(v => v.Field), Does.Contain(field));
        Assert.That(error.Status.Detail, Does.Not.Contain("Exception"));
    }
}
