namespace Jyotishika.Server.Tests.Golden.Cases;

/// <summary>
/// Dashas: each system and year length, depths 1 to 6 in windows small enough to keep the answers short, running periods,
/// the older path, both streams, and refusals.
/// </summary>
internal static class DashaCases
{
    private const string LocalMeanTimeBirth = """{"datetime":"1850-06-01T12:00:00","latitude":18.5204,"longitude":73.8567}""";

    private static readonly string NewYorkFold = ChartTimeCases.At("2021-11-07T01:30:00", "America/New_York", "40.71", "-74.01");

    private static readonly string NewYorkGap = ChartTimeCases.At("2021-03-14T02:30:00", "America/New_York", "40.71", "-74.01");

    public static IEnumerable<GoldenCase> Unary()
    {
        // The README's two examples: the older payload on its old path (depth 2 over 120 years), and a window.
        yield return Call.Post("dasha-old-path", "/dasha", Birth.OlderPayload);
        var window = Birth.Pune.With(Window("2020-01-01", "2021-01-01") + ",\"depth\":3,\"atDate\":\"2020-06-01T00:00:00Z\"");
        foreach (var call in Call.Both("dasha-window-running", "/v1/dasha", Call.ComputeDasha, window))
        {
            yield return call;
        }

        const string userAyanamsha =
            "\"ayanamsha\":\"USER_DEFINED\",\"userAyanamsha\":{\"referenceJulianDay\":2451545,\"degreesAtReference\":23.5}";
        (string Slug, string Birth, string Members)[] variations =
        [
            ("yogini-depth-1", Birth.NewYork, "\"system\":\"YOGINI\",\"depth\":1"),
            ("ashtottari-depth-1", Birth.Sydney, "\"system\":\"ASHTOTTARI\",\"depth\":1"),
            ("vimshottari-depth-1", Birth.London, "\"system\":\"VIMSHOTTARI\",\"depth\":1"),
            ("ashtottari-window", Birth.Santiago,
                "\"system\":\"DASHA_SYSTEM_ASHTOTTARI\",\"depth\":2," + Window("1990-01-01", "2000-01-01")),
            ("year-julian", Birth.Pune, "\"depth\":1,\"yearLength\":\"JULIAN_365_25\""),
            ("year-sidereal", Birth.Pune, "\"depth\":1,\"yearLength\":\"MEAN_SIDEREAL_365_256364\""),
            ("year-gregorian", Birth.Pune, "\"depth\":1,\"yearLength\":\"GREGORIAN_365_2425\""),
            ("year-tropical", Birth.Pune, "\"depth\":1,\"yearLength\":\"TROPICAL_365_24219\""),
            ("year-savana", Birth.Pune, "\"depth\":1,\"yearLength\":\"DASHA_YEAR_LENGTH_SAVANA_360\""),
            ("depth-4-month", Birth.Reykjavik, "\"depth\":4," + Window("2010-01-01", "2010-02-01")),
            ("depth-5-week", Birth.Pune, "\"depth\":5," + Window("2024-01-01T00:00:00Z", "2024-01-08T00:00:00Z")),
            ("depth-6-day", Birth.NewYork, "\"depth\":6," + Window("2024-01-01T00:00:00+05:30", "2024-01-02T00:00:00+05:30")),
            ("depth-6-running-only", Birth.Pune, "\"depth\":6,\"atDate\":\"2030-01-01\"," + Window("2030-01-01", "2030-01-01T01:00:00Z")),
            ("yogini-running", Birth.Sydney,
                "\"system\":\"YOGINI\",\"depth\":3,\"atDate\":\"2000-02-01\"," + Window("2000-01-01", "2000-03-01")),
            ("settings", Birth.Pune, "\"depth\":1,\"ayanamsha\":\"RAMAN\",\"nodeType\":\"TRUE\",\"positions\":\"GEOMETRIC\""),
            ("user-ayanamsha", Birth.Pune, "\"depth\":1," + userAyanamsha),
            ("local-mean-time", LocalMeanTimeBirth, "\"timeStandard\":\"LOCAL_MEAN_TIME\",\"depth\":1"),
            ("fold-later", NewYorkFold, "\"fold\":\"LATER\",\"depth\":1"),
            ("gap-shift", NewYorkGap, "\"gap\":\"SHIFT_FORWARD\",\"depth\":1"),
            ("depth-default-zero", Birth.London, "\"depth\":0," + Window("1980-01-01", "1990-01-01")),
        ];
        for (var i = 0; i < variations.Length; i++)
        {
            var (slug, birth, members) = variations[i];
            yield return i % 3 == 2
                ? Call.Grpc($"dasha-{slug}-grpc", Call.ComputeDasha, birth.With(members))
                : Call.Post($"dasha-{slug}-rest", "/v1/dasha", birth.With(members));
        }
    }

    public static IEnumerable<GoldenCase> Refusals()
    {
        (string Slug, string Json)[] refused =
        [
            ("depth-7", Birth.Pune.With("\"depth\":7")),
            ("depth-negative", Birth.Pune.With("\"depth\":-1")),
            ("too-many-periods", Birth.Pune.With("\"depth\":6")),
            ("window-reversed", Birth.Pune.With("\"fromDate\":\"2021-01-01\",\"toDate\":\"2020-01-01\"")),
            ("from-date-words", Birth.Pune.With("\"fromDate\":\"last year\"")),
            ("at-date-out-of-range", Birth.Pune.With("\"atDate\":\"2500-01-01\"")),
            ("system-unknown", Birth.Pune.With("\"system\":99")),
            ("system-number-9", Birth.Pune.With("\"system\":9")),
            ("year-length-unknown", Birth.Pune.With("\"yearLength\":\"LUNAR_354\"")),
            ("no-coordinates", """{"datetime":"1991-03-25T09:46:00","tz":"Asia/Kolkata"}"""),
            ("gap-rejected", NewYorkGap),
            ("depth-string", Birth.Pune.With("\"depth\":\"three\"")),
            ("malformed", "{\"depth\":"),
        ];
        foreach (var (slug, json) in refused)
        {
            yield return Call.Post($"dasha-refused-{slug}", "/v1/dasha", json);
        }

        yield return Call.Grpc("dasha-refused-depth-7-grpc", Call.ComputeDasha, refused[0].Json);
        yield return Call.Grpc("dasha-refused-too-many-periods-grpc", Call.ComputeDasha, refused[2].Json);
        yield return Call.Post("dasha-old-path-refused", "/dasha", refused[9].Json);
        yield return Call.Post("dasha-caller-none", "/v1/dasha", Birth.Pune) with { Caller = Golden.Callers.None };
        yield return Call.Grpc("dasha-caller-none-grpc", Call.ComputeDasha, Birth.Pune) with { Caller = Golden.Callers.None };
    }

    /// <summary>The fromDate/toDate members of a window.</summary>
    private static string Window(string from, string to) => $"\"fromDate\":\"{from}\",\"toDate\":\"{to}\"";

    public static IEnumerable<GoldenCase> Streams()
    {
        (string Slug, string Json)[] streams =
        [
            ("yogini-depth-1", Birth.Pune.With("\"system\":\"YOGINI\",\"yearLength\":\"MEAN_SIDEREAL_365_256364\",\"depth\":1")),
            ("vimshottari-depth-3-window", Birth.NewYork.With("\"depth\":3," + Window("2000-01-01", "2000-07-01"))),
            ("depth-6-hour", Birth.Sydney.With("\"depth\":6," + Window("2020-01-01T00:00:00Z", "2020-01-01T01:00:00Z"))),
            ("ashtottari-depth-2-window", Birth.London.With("\"system\":\"ASHTOTTARI\",\"depth\":2," + Window("1990-01-01", "1995-01-01"))),
            ("empty-window", Birth.Pune.With("\"depth\":1," + Window("2300-01-01", "2300-01-02"))),
            ("refused-depth-7", Birth.Pune.With("\"depth\":7")),
            ("refused-no-coordinates", """{"datetime":"1991-03-25T09:46:00","tz":"Asia/Kolkata","depth":1}"""),
        ];
        foreach (var (slug, json) in streams)
        {
            foreach (var call in Call.Both("dasha-stream-" + slug, "/v1/dasha:stream", Call.StreamDasha, json))
            {
                yield return call;
            }
        }

        yield return Call.Post("dasha-stream-malformed", "/v1/dasha:stream", "{");
        yield return Call.Post("dasha-stream-caller-none", "/v1/dasha:stream", streams[0].Json) with { Caller = Golden.Callers.None };
        yield return Call.Grpc("dasha-stream-caller-none-grpc", Call.StreamDasha, streams[0].Json) with { Caller = Golden.Callers.None };
    }
}
