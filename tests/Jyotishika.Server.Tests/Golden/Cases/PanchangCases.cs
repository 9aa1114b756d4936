namespace Jyotishika.Server.Tests.Golden.Cases;

/// <summary>Panchang: places with and without DST, polar night and midnight sun, both rise conventions, settings, the date range.</summary>
internal static class PanchangCases
{
    public static IEnumerable<GoldenCase> All()
    {
        (string Slug, string Json)[] days =
        [
            ("delhi-inferred", """{"date":"2024-04-09","latitude":28.6139,"longitude":77.2090}"""),
            ("pune-tz", """{"date":"1991-03-25","latitude":18.5204,"longitude":73.8567,"tz":"Asia/Kolkata"}"""),
            ("new-york-dst-day", """{"date":"2024-03-10","latitude":40.7128,"longitude":-74.006}"""),
            ("tromso-polar-night", """{"date":"2023-12-15","latitude":69.6492,"longitude":18.9553}"""),
            ("tromso-midnight-sun", """{"date":"2023-06-21","latitude":69.6492,"longitude":18.9553,"tz":"Europe/Oslo"}"""),
            ("sydney", """{"date":"2000-01-01","latitude":-33.8688,"longitude":151.2093}"""),
            ("london-1900", """{"date":"1900-01-01","latitude":51.5074,"longitude":-0.1278,"tz":"Europe/London"}"""),
            ("hindu-disc-centre", """{"date":"2024-04-09","latitude":28.6139,"longitude":77.209,"riseConvention":"HINDU_DISC_CENTRE"}"""),
            ("upper-limb", """{"date":"2024-04-09","latitude":28.6139,"longitude":77.209,"""
                + "\"riseConvention\":\"RISE_CONVENTION_UPPER_LIMB_REFRACTED\"}"),
            ("raman-geometric",
                """{"date":"2015-08-15","latitude":13.0827,"longitude":80.2707,"ayanamsha":"RAMAN","positions":"GEOMETRIC"}"""),
            ("user-ayanamsha", """{"date":"2015-08-15","latitude":13.0827,"longitude":80.2707,"ayanamsha":"USER_DEFINED","""
                + "\"userAyanamsha\":{\"referenceJulianDay\":2451545,\"degreesAtReference\":23.9}}"),
            ("first-supported-day", """{"date":"1800-02-11","latitude":18.5204,"longitude":73.8567}"""),
            ("last-supported-day", """{"date":"2399-11-21","latitude":18.5204,"longitude":73.8567}"""),
            ("kathmandu", """{"date":"2022-10-24","latitude":27.7172,"longitude":85.324,"tz":"Asia/Kathmandu"}"""),
        ];
        for (var i = 0; i < days.Length; i++)
        {
            var (slug, json) = days[i];
            yield return i % 3 == 1
                ? Call.Grpc($"panchang-{slug}-grpc", Call.ComputePanchang, json)
                : Call.Post($"panchang-{slug}-rest", "/v1/panchang", json);
        }

        (string Slug, string Json)[] refused =
        [
            ("before-range", """{"date":"1800-02-10","latitude":18.5204,"longitude":73.8567}"""),
            ("after-range", """{"date":"2399-11-22","latitude":18.5204,"longitude":73.8567}"""),
            ("february-30", """{"date":"2024-02-30","latitude":18.5204,"longitude":73.8567}"""),
            ("date-with-time", """{"date":"2024-04-09T06:00:00","latitude":18.5204,"longitude":73.8567}"""),
            ("no-date", """{"latitude":18.5204,"longitude":73.8567}"""),
            ("no-latitude", """{"date":"2024-04-09","longitude":73.8567}"""),
            ("tz-unknown", """{"date":"2024-04-09","latitude":18.5204,"longitude":73.8567,"tz":"Asia/Atlantis"}"""),
            ("rise-unknown", """{"date":"2024-04-09","latitude":18.5204,"longitude":73.8567,"riseConvention":"LOWER_LIMB"}"""),
            ("user-ayanamsha-missing", """{"date":"2024-04-09","latitude":18.5204,"longitude":73.8567,"ayanamsha":"USER_DEFINED"}"""),
            ("latitude-string", """{"date":"2024-04-09","latitude":"north","longitude":73.8567}"""),
        ];
        foreach (var (slug, json) in refused)
        {
            yield return Call.Post($"panchang-refused-{slug}", "/v1/panchang", json);
        }

        yield return Call.Grpc("panchang-refused-before-range-grpc", Call.ComputePanchang, refused[0].Json);
        yield return Call.Grpc("panchang-refused-no-latitude-grpc", Call.ComputePanchang, refused[5].Json);
        yield return Call.Post("panchang-caller-none", "/v1/panchang", days[0].Json) with { Caller = Golden.Callers.None };
        foreach (var call in Call.Both("muhurta-day", "/v1/muhurta", Call.ComputeMuhurta, days[0].Json))
        {
            yield return call;
        }

        yield return Call.Post("muhurta-options-rest", "/v1/muhurta", """
            {"date":"2024-04-13","latitude":13.0878,"longitude":80.2785,"tz":"Asia/Kolkata","riseConvention":"HINDU_DISC_CENTRE",
             "settings":{"durmuhurta":"KARANAM_RAMAKUMAR","mulaVarjyam":"FIFTY_SIX_ONLY","vijaya":"AROUND_MIDDAY","charQuality":"GOOD"}}
            """);
        yield return Call.Post("muhurta-refused-polar-rest", "/v1/muhurta",
            """{"date":"2022-12-21","latitude":78.2,"longitude":15.6,"tz":"Arctic/Longyearbyen"}""");
        foreach (var call in Call.Both("panchang-stream-three-days", "/v1/panchang:stream", Call.StreamPanchang,
            """{"date":"2024-03-30","endDate":"2024-04-01","latitude":28.6139,"longitude":77.209,"natalNakshatra":4}"""))
        {
            yield return call;
        }

        (string Slug, string Json)[] refusedRanges =
        [
            ("no-end", """{"date":"2024-04-09","latitude":18.5204,"longitude":73.8567}"""),
            ("end-before-date", """{"date":"2024-04-09","endDate":"2024-04-08","latitude":18.5204,"longitude":73.8567}"""),
            ("367-days", """{"date":"2024-01-01","endDate":"2025-01-01","latitude":18.5204,"longitude":73.8567}"""),
            ("end-after-range", """{"date":"2399-11-01","endDate":"2399-11-30","latitude":18.5204,"longitude":73.8567}"""),
            ("bad-date-and-latitude", """{"date":"2024-13-01","endDate":"2024-12-01","longitude":73.8567}"""),
        ];
        foreach (var (slug, json) in refusedRanges)
        {
            yield return Call.Post($"panchang-stream-refused-{slug}", "/v1/panchang:stream", json);
        }
    }
}
