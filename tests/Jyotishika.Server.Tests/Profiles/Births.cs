using System.Text.Json.Nodes;
using Jyotishika.V1;

namespace Jyotishika.Server.Tests.Profiles;

/// <summary>Profile bodies: the Pune birth the chart tests use, with no chart settings so the defaults apply.</summary>
internal static class Births
{
    public const string Pune = """{"datetime":"1991-03-25T09:46:00","tz":"Asia/Kolkata","latitude":18.5204,"longitude":73.8567}""";

    public static string Profile(string name, string? birth = null) =>
        new JsonObject { ["name"] = name, ["placeName"] = "Pune", ["birth"] = JsonNode.Parse(birth ?? Pune) }.ToJsonString();

    public static Profile PuneProfile(string name) => new()
    {
        Name = name,
        PlaceName = "Pune",
        Birth = new ChartRequest { Datetime = "1991-03-25T09:46:00", Tz = "Asia/Kolkata", Latitude = 18.5204, Longitude = 73.8567 },
    };
}
