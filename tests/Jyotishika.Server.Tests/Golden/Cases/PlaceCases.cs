namespace Jyotishika.Server.Tests.Golden.Cases;

/// <summary>
/// Place search and time-zone lookup. LookupTimeZone answers the zone's offset now, so its points are all in zones
/// without daylight saving time (India, Japan, Nepal, China, Singapore, Iceland, Argentina, Arizona, the open sea):
/// elsewhere the recorded offset would change twice a year.
/// </summary>
internal static class PlaceCases
{
    public static IEnumerable<GoldenCase> Search()
    {
        string[] queries =
        [
            "q=pune", "q=Pun%C3%A9", "q=pun&limit=5", "q=sao%20pa&country=BR", "q=new&country=us&limit=3", "q=a&limit=50",
            "q=s%C3%A3o", "q=zzzzzzzz", "q=new%20york&limit=1", "q=PUNE&limit=2", "q=pune&country=ZZ",
        ];
        foreach (var (query, i) in queries.Select((query, i) => (query, i)))
        {
            yield return Call.Get($"places-search-{i + 1}", "/v1/places?" + query);
        }

        // Mostly refused; limit=0 and an undecodable %FF are answered, and recorded as they are.
        string[] odd =
        [
            string.Empty, "q=", "q=" + new string('a', 101), "q=pune&limit=0", "q=pune&limit=51", "q=pune&limit=-1", "q=pune&limit=ten",
            "q=pune&country=IND", "q=pune&radius=5", "q=%FF", "q=pune&q=mumbai", "q=pune&limit=2&limit=3",
        ];
        foreach (var (query, i) in odd.Select((query, i) => (query, i)))
        {
            yield return Call.Get($"places-search-odd-{i + 1}", "/v1/places" + (query.Length == 0 ? string.Empty : "?" + query));
        }

        yield return Call.Grpc("places-search-grpc", Call.SearchPlaces, """{"q":"pune"}""");
        yield return Call.Grpc("places-search-country-grpc", Call.SearchPlaces, """{"q":"san","limit":4,"country":"CL"}""");
        yield return Call.Grpc("places-search-refused-empty-grpc", Call.SearchPlaces, "{}");
        yield return Call.Grpc("places-search-refused-limit-grpc", Call.SearchPlaces, """{"q":"pune","limit":51}""");
        yield return Call.Get("places-search-caller-none", "/v1/places?q=pune") with { Caller = Golden.Callers.None };
    }

    public static IEnumerable<GoldenCase> TimeZones()
    {
        string[] points =
        [
            "latitude=18.52&longitude=73.86", "latitude=35.6762&longitude=139.6503", "latitude=27.7172&longitude=85.324",
            "latitude=0&longitude=-150", "latitude=33.4484&longitude=-112.074", "latitude=64.1466&longitude=-21.9426",
            "latitude=-34.6037&longitude=-58.3816", "latitude=1.3521&longitude=103.8198", "latitude=39.9042&longitude=116.4074",
            "latitude=27.0104&longitude=84.8774", "latitude=89.99&longitude=0",
        ];
        foreach (var (point, i) in points.Select((point, i) => (point, i)))
        {
            yield return Call.Get($"timezone-{i + 1}", "/v1/timezone?" + point);
        }

        string[] refused =
        [
            string.Empty, "longitude=73.86", "latitude=91&longitude=73.86", "latitude=90&longitude=73.86", "latitude=abc&longitude=73.86",
            "latitude=18.52&longitude=181", "latitude=18.52&longitude=73.86&tz=Asia/Kolkata", "latitude=NaN&longitude=73.86",
        ];
        foreach (var (query, i) in refused.Select((query, i) => (query, i)))
        {
            yield return Call.Get($"timezone-refused-{i + 1}", "/v1/timezone" + (query.Length == 0 ? string.Empty : "?" + query));
        }

        yield return Call.Grpc("timezone-pune-grpc", Call.LookupTimeZone, """{"latitude":18.52,"longitude":73.86}""");
        yield return Call.Grpc("timezone-sea-grpc", Call.LookupTimeZone, """{"latitude":-40,"longitude":-120}""");
        yield return Call.Grpc("timezone-refused-grpc", Call.LookupTimeZone, """{"latitude":95,"longitude":73.86}""");
        yield return Call.Grpc("timezone-refused-missing-grpc", Call.LookupTimeZone, "{}");
    }
}
