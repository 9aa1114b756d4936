using Jyotishika.V1;

namespace Jyotishika.Server.Tests.Infrastructure;

/// <summary>Request bodies the tests share; the older system's payload is the one its clients still send.</summary>
internal static class ChartRequests
{
    /// <summary>The older Flask system's documented payload, plus the zone it must now carry.</summary>
    public const string OlderSystemJson =
        """{"datetime":"1991-03-25T09:46:00","latitude":18.5204,"longitude":73.8567,"houseSystem":"WHOLE_SIGN","ayanamsha":"LAHIRI","nodeType":"MEAN","tz":"Asia/Kolkata"}""";

    public static ChartRequest Pune1991() => new()
    {
        Datetime = "1991-03-25T09:46:00",
        Tz = "Asia/Kolkata",
        Latitude = 18.5204,
        Longitude = 73.8567,
        HouseSystem = HouseSystem.WholeSign,
        Ayanamsha = Ayanamsha.Lahiri,
        NodeType = NodeType.Mean,
    };
}
