using System.Text;

namespace Jyotishika.Server.Tests.Golden.Cases;

/// <summary>
/// Chart requests the server refuses, and why: each bad field, wrong JSON types, unknown enum names, bodies that are not
/// JSON or not UTF-8, wrong content types and verbs, query strings on a body route, missing and unknown credentials.
/// </summary>
internal static class ChartRefusalCases
{
    /// <summary>Fields the caller may get wrong; a few edge values turn out to be accepted, and are recorded as such.</summary>
    public static IEnumerable<GoldenCase> Fields()
    {
        (string Slug, string Json)[] refused =
        [
            ("no-latitude", """{"datetime":"1991-03-25T09:46:00","tz":"Asia/Kolkata","longitude":73.8567}"""),
            ("no-longitude", """{"datetime":"1991-03-25T09:46:00","tz":"Asia/Kolkata","latitude":18.5204}"""),
            ("no-datetime", """{"tz":"Asia/Kolkata","latitude":18.5204,"longitude":73.8567}"""),
            ("empty-object", "{}"),
            ("latitude-90", Birth.Pune.With("\"latitude\":90")),
            ("latitude-minus-90", Birth.Pune.With("\"latitude\":-90")),
            ("latitude-95", Birth.Pune.With("\"latitude\":95")),
            ("longitude-180", Birth.Pune.With("\"longitude\":180")),
            ("longitude-minus-180-5", Birth.Pune.With("\"longitude\":-180.5")),
            ("latitude-nan", Birth.Pune.With("\"latitude\":\"NaN\"")),
            ("latitude-infinity", Birth.Pune.With("\"latitude\":\"Infinity\"")),
            ("latitude-as-string", """{"datetime":"1991-03-25T09:46:00","tz":"Asia/Kolkata","latitude":"18.5204","longitude":"73.8567"}"""),
            ("latitude-bool", Birth.Pune.With("\"latitude\":true")),
            ("latitude-object", Birth.Pune.With("\"latitude\":{}")),
            ("latitude-null", """{"datetime":"1991-03-25T09:46:00","tz":"Asia/Kolkata","latitude":null,"longitude":73.8567}"""),
            ("datetime-empty", Birth.Pune.With("\"datetime\":\"\"")),
            ("datetime-month-13", Birth.Pune.With("\"datetime\":\"1991-13-45T09:46:00\"")),
            ("datetime-words", Birth.Pune.With("\"datetime\":\"yesterday at noon\"")),
            ("datetime-number", Birth.Pune.With("\"datetime\":19910325")),
            ("datetime-date-only", Birth.Pune.With("\"datetime\":\"1991-03-25\"")),
            ("tz-unknown", Birth.Pune.With("\"tz\":\"Mars/Olympus_Mons\"")),
            ("offset-minutes-1081", """{"datetime":"1991-03-25T09:46:00","utcOffsetMinutes":1081,"latitude":18.5,"longitude":73.8}"""),
            ("offset-minutes-fraction", """{"datetime":"1991-03-25T09:46:00","utcOffsetMinutes":1.5,"latitude":18.5,"longitude":73.8}"""),
            ("offset-minutes-string", """{"datetime":"1991-03-25T09:46:00","utcOffsetMinutes":"330","latitude":18.5,"longitude":73.8}"""),
            ("house-unknown-name", Birth.Pune.With("\"houseSystem\":\"NOPE\"")),
            ("house-number-99", Birth.Pune.With("\"houseSystem\":99")),
            ("house-lower-case", Birth.Pune.With("\"houseSystem\":\"placidus\"")),
            ("ayanamsha-user-without-value", Birth.Pune.With("\"ayanamsha\":\"USER_DEFINED\"")),
            ("ayanamsha-user-degrees-400", Birth.Pune.With(
                "\"ayanamsha\":\"USER_DEFINED\",\"userAyanamsha\":{\"referenceJulianDay\":2451545,\"degreesAtReference\":400}")),
            ("ayanamsha-user-day-negative", Birth.Pune.With(
                "\"ayanamsha\":\"USER_DEFINED\",\"userAyanamsha\":{\"referenceJulianDay\":-1,\"degreesAtReference\":23}")),
            ("node-unknown", Birth.Pune.With("\"nodeType\":\"ANCIENT\"")),
            ("positions-number-7", Birth.Pune.With("\"positions\":7")),
            ("fold-unknown", Birth.Pune.With("\"fold\":\"MIDDLE\"")),
            ("gap-unknown", Birth.Pune.With("\"gap\":\"BACKWARD\"")),
            ("time-standard-unknown", Birth.Pune.With("\"timeStandard\":\"SIDEREAL\"")),
            ("path-unknown", Birth.Pune.With("\"calculationPath\":\"SLOW\"")),
            ("outer-planets-string", Birth.Pune.With("\"includeOuterPlanets\":\"yes\"")),
            ("unknown-field", Birth.Pune.With("\"planetNine\":true")),
            ("snake-case-field", """{"datetime":"1991-03-25T09:46:00","tz":"Asia/Kolkata","latitude":18.5,"longitude":73.8,"""
                + "\"house_system\":\"EQUAL\"}"),
            ("field-case-insensitive", """{"DateTime":"1991-03-25T09:46:00","TZ":"Asia/Kolkata","Latitude":18.5,"LONGITUDE":73.8}"""),
            ("duplicate-field",
                """{"datetime":"1991-03-25T09:46:00","tz":"Asia/Kolkata","latitude":18.5,"latitude":19.5,"longitude":73.8}"""),
            ("lone-surrogate", """{"datetime":"1991-03-25T09:46:00","tz":"\udc00","latitude":18.5204,"longitude":73.8567}"""),
        ];
        foreach (var (slug, json) in refused)
        {
            yield return Call.Post($"chart-field-{slug}", "/v1/chart", json);
        }

        foreach (var index in new[] { 0, 6, 15, 20, 27 })
        {
            yield return Call.Grpc($"chart-field-{refused[index].Slug}-grpc", Call.ComputeChart, refused[index].Json);
        }

        yield return Call.Grpc("chart-field-house-number-99-grpc", Call.ComputeChart, Birth.Pune.With("\"houseSystem\":99"));
    }

    public static IEnumerable<GoldenCase> Bodies()
    {
        yield return Call.Post("chart-body-malformed", "/v1/chart", "{\"datetime\":");
        yield return Call.Post("chart-body-empty", "/v1/chart", string.Empty);
        yield return Call.Post("chart-body-none", "/v1/chart", null);
        yield return Call.Post("chart-body-null", "/v1/chart", "null");
        yield return Call.Post("chart-body-array", "/v1/chart", "[]");
        yield return Call.Post("chart-body-string", "/v1/chart", "\"chart please\"");
        yield return Call.Post("chart-body-trailing-garbage", "/v1/chart", Birth.Pune + "}");
        yield return Call.Post("chart-body-deep", "/v1/chart", new string('[', 40) + new string(']', 40));
        yield return Call.Post("chart-body-deep-field", "/v1/chart",
            "{\"userAyanamsha\":" + string.Concat(Enumerable.Repeat("{\"a\":", 35)) + "1" + new string('}', 36));
        yield return new RestCase("chart-body-not-utf8", "POST", "/v1/chart")
        {
            RawBody = [.. Encoding.UTF8.GetBytes("{\"datetime\":\"1991-03-25T09:46:00\",\"tz\":\""), 0xFF, 0xFE, .. "\"}"u8.ToArray()],
        };
        yield return Call.Post("chart-content-type-text-plain", "/v1/chart", Birth.Pune) with { ContentType = "text/plain" };
        yield return Call.Post("chart-content-type-none", "/v1/chart", Birth.Pune) with { ContentType = null };
        yield return Call.Post("chart-content-type-xml", "/v1/chart", Birth.Pune) with { ContentType = "application/xml" };
        yield return Call.Post("chart-content-type-charset", "/v1/chart", Birth.Pune)
            with { ContentType = "application/json; charset=utf-8" };
        yield return Call.Post("chart-query-on-body-route", "/v1/chart?latitude=10", Birth.Pune);
        yield return Call.Get("chart-get-verb", "/v1/chart");
        yield return new RestCase("chart-put-verb", "PUT", "/v1/chart", Birth.Pune);
        yield return Call.Post("chart-trailing-slash", "/v1/chart/", Birth.Pune);
    }

    public static IEnumerable<GoldenCase> Callers()
    {
        yield return Call.Post("chart-caller-none-rest", "/v1/chart", Birth.Pune) with { Caller = Golden.Callers.None };
        yield return Call.Post("chart-caller-unknown-token-rest", "/v1/chart", Birth.Pune) with { Caller = Golden.Callers.UnknownToken };
        yield return Call.Post("chart-old-path-caller-none", "/chart", Birth.Pune) with { Caller = Golden.Callers.None };
        yield return Call.Grpc("chart-caller-none-grpc", Call.ComputeChart, Birth.Pune) with { Caller = Golden.Callers.None };
        yield return Call.Grpc("chart-caller-unknown-token-grpc", Call.ComputeChart, Birth.Pune)
            with { Caller = Golden.Callers.UnknownToken };
        yield return Call.Grpc("chart-caller-session-grpc", Call.ComputeChart, Birth.Pune) with { Caller = Golden.Callers.Session };
        yield return Call.Post("chart-caller-session-rest", "/v1/chart", Birth.Pune) with { Caller = Golden.Callers.Session };
    }
}
