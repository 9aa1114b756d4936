namespace Jyotishika.Server.Tests.Golden.Cases;

/// <summary>Births (chart and dasha requests) the cases vary: places north and south, east and west, with and without DST.</summary>
internal static class Birth
{
    public const string Pune = """{"datetime":"1991-03-25T09:46:00","tz":"Asia/Kolkata","latitude":18.5204,"longitude":73.8567}""";

    public const string NewYork = """{"datetime":"1990-07-04T12:00:00","tz":"America/New_York","latitude":40.7128,"longitude":-74.006}""";

    public const string Sydney = """{"datetime":"1988-01-26T06:30:00","tz":"Australia/Sydney","latitude":-33.8688,"longitude":151.2093}""";

    public const string London = """{"datetime":"1969-07-20T20:17:40Z","latitude":51.5074,"longitude":-0.1278}""";

    public const string Reykjavik = """{"datetime":"2003-12-21T23:59:59","utcOffsetMinutes":0,"latitude":64.1466,"longitude":-21.9426}""";

    public const string Santiago =
        """{"datetime":"1975-09-11T04:05:06","tz":"America/Santiago","latitude":-33.4489,"longitude":-70.6693}""";

    /// <summary>The older system's chart payload, as the README shows it: Pune with its conventions spelled out.</summary>
    public static readonly string OlderPayload = Pune.With("\"houseSystem\":\"WHOLE_SIGN\",\"ayanamsha\":\"LAHIRI\",\"nodeType\":\"MEAN\"");

    public static readonly string[] All = [Pune, NewYork, Sydney, London, Reykjavik, Santiago];
}
