namespace Jyotishika.Server.Tests.Golden.Cases;

/// <summary>
/// How a birth time becomes an instant: named zones, fixed offsets, offsets inside the datetime, inferred zones on land
/// and at sea, local mean time, DST folds and gaps north and south, historical LMT, and the supported date range.
/// </summary>
internal static class ChartTimeCases
{
    private const string NewYork = "America/New_York";
    private const string Sydney = "Australia/Sydney";

    /// <summary>01:30 happened twice in New York that night: clocks went from 02:00 EDT back to 01:00 EST.</summary>
    private const string NewYorkFold = "2021-11-07T01:30:00";

    /// <summary>02:30 never happened in New York that night: clocks went from 02:00 EST to 03:00 EDT.</summary>
    private const string NewYorkGap = "2021-03-14T02:30:00";

    /// <summary>02:30 never happened in Sydney that night: clocks went from 02:00 AEST to 03:00 AEDT.</summary>
    private const string SydneyGap = "2021-10-03T02:30:00";

    /// <summary>A birth at a local time in a named zone; coordinates as written, so the request shows them exactly.</summary>
    public static string At(string datetime, string zone, string latitude, string longitude, string? members = null)
    {
        var birth = $$"""{"datetime":"{{datetime}}","tz":"{{zone}}","latitude":{{latitude}},"longitude":{{longitude}}}""";
        return members is null ? birth : birth.With(members);
    }

    public static IEnumerable<GoldenCase> All()
    {
        (string Slug, string Json)[] times =
        [
            ("offset-minutes-east", """{"datetime":"1991-03-25T09:46:00","utcOffsetMinutes":330,"latitude":18.5204,"longitude":73.8567}"""),
            ("offset-minutes-west", """{"datetime":"1991-03-25T09:46:00","utcOffsetMinutes":-300,"latitude":40.7,"longitude":-74}"""),
            ("offset-minutes-max", """{"datetime":"2000-01-01T00:00:00","utcOffsetMinutes":1080,"latitude":0,"longitude":179}"""),
            ("offset-minutes-min", """{"datetime":"2000-01-01T00:00:00","utcOffsetMinutes":-1080,"latitude":0,"longitude":-179}"""),
            ("offset-in-datetime", """{"datetime":"1991-03-25T09:46:00+05:30","latitude":18.5204,"longitude":73.8567}"""),
            ("offset-beats-tz", """{"datetime":"1991-03-25T09:46:00-03:00","tz":"Asia/Kolkata","latitude":18.5204,"longitude":73.8567}"""),
            ("tz-beats-offset-minutes", At("1991-03-25T09:46:00", "Asia/Tokyo", "35.68", "139.69", "\"utcOffsetMinutes\":60")),
            ("utc-z", """{"datetime":"2000-01-01T12:00:00Z","latitude":51.5,"longitude":-0.12}"""),
            ("fraction-of-second", """{"datetime":"1991-03-25T09:46:30.25","tz":"Asia/Kolkata","latitude":18.5204,"longitude":73.8567}"""),
            ("inferred-new-york", """{"datetime":"1990-07-04T12:00:00","latitude":40.7128,"longitude":-74.0060}"""),
            ("inferred-border", """{"datetime":"1990-07-04T12:00:00","latitude":27.0104,"longitude":84.8774}"""),
            ("inferred-at-sea", """{"datetime":"1990-07-04T12:00:00","latitude":0,"longitude":-150}"""),
            ("half-hour-kathmandu", At("1990-07-04T12:00:00", "Asia/Kathmandu", "27.7172", "85.324")),
            ("british-standard-time", At("1970-01-15T12:00:00", "Europe/London", "51.5", "-0.12")),
            ("kolkata-before-1854", At("1850-06-01T12:00:00", "Asia/Kolkata", "18.5204", "73.8567")),
            ("local-mean-time", """{"datetime":"1850-06-01T12:00:00","latitude":18.5204,"longitude":73.8567,"""
                + "\"timeStandard\":\"LOCAL_MEAN_TIME\"}"),
            ("local-mean-time-ignores-tz", At("1950-06-01T12:00:00", NewYork, "40.7", "-74", "\"timeStandard\":\"LOCAL_MEAN_TIME\"")),
            ("zone-time-explicit", Birth.Pune.With("\"timeStandard\":\"ZONE_TIME\"")),
            ("fold-default", At(NewYorkFold, NewYork, "40.71", "-74.01")),
            ("fold-earlier", At(NewYorkFold, NewYork, "40.71", "-74.01", "\"fold\":\"EARLIER\"")),
            ("fold-later", At(NewYorkFold, NewYork, "40.71", "-74.01", "\"fold\":\"LATER\"")),
            ("fold-later-sydney", At("2021-04-04T02:30:00", Sydney, "-33.87", "151.21", "\"fold\":\"FOLD_LATER\"")),
            ("gap-rejected", At(NewYorkGap, NewYork, "40.71", "-74.01")),
            ("gap-shift-forward", At(NewYorkGap, NewYork, "40.71", "-74.01", "\"gap\":\"SHIFT_FORWARD\"")),
            ("gap-shift-sydney", At(SydneyGap, Sydney, "-33.87", "151.21", "\"gap\":\"SHIFT_FORWARD\"")),
            ("gap-reject-explicit", At(SydneyGap, Sydney, "-33.87", "151.21", "\"gap\":\"REJECT\"")),
            ("first-supported-day", """{"datetime":"1800-01-02T12:00:00Z","latitude":18.5204,"longitude":73.8567}"""),
            ("before-range", """{"datetime":"1800-01-01T12:00:00Z","latitude":18.5204,"longitude":73.8567}"""),
            ("last-supported-day", """{"datetime":"2399-12-31T00:00:00Z","latitude":18.5204,"longitude":73.8567}"""),
            ("after-range", """{"datetime":"2400-01-01T00:00:00Z","latitude":18.5204,"longitude":73.8567}"""),
        ];

        // Alternate the transport, so both see folds, gaps and inference; the slugs say which one answered.
        for (var i = 0; i < times.Length; i++)
        {
            var (slug, json) = times[i];
            yield return i % 2 == 0
                ? Call.Post($"chart-time-{slug}-rest", "/v1/chart", json)
                : Call.Grpc($"chart-time-{slug}-grpc", Call.ComputeChart, json);
        }

        foreach (var call in Call.Both("chart-time-fold-later-both", "/v1/chart", Call.ComputeChart, times[20].Json))
        {
            yield return call;
        }

        foreach (var call in Call.Both("chart-time-gap-rejected-both", "/v1/chart", Call.ComputeChart, times[22].Json))
        {
            yield return call;
        }
    }
}
