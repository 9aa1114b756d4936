namespace Jyotishika.Server.Tests.Golden.Cases;

/// <summary>
/// ProfileService in one fixed story: profiles created (REST and gRPC, token and session), read, paged, updated with
/// current and stale etags, their saved charts, notes through their whole life, the export, deletions, and what a
/// stranger and an anonymous caller get. Etags are versions ("1", "2", …), so the story can name them.
/// </summary>
internal static class ProfileCases
{
    private const string Missing = "00000000-0000-4000-8000-000000000000";

    public static IEnumerable<GoldenCase> Profiles()
    {
        yield return Call.Get("profiles-list-empty", "/v1/profiles");
        var placidus = Birth.Pune.With("\"houseSystem\":\"PLACIDUS\"");
        yield return Call.Post("profiles-create-rest", "/v1/profiles", Profile("Pune birth", "Pune", placidus))
            with { Names = "profile-1" };
        yield return Call.Grpc("profiles-create-grpc", Call.CreateProfile, $"{{\"profile\":{Profile("New York", "NYC", Birth.NewYork)}}}")
            with { Names = "profile-2" };
        yield return Call.Post("profiles-create-inferred-zone", "/v1/profiles",
            Profile("Inferred", "Manhattan", """{"datetime":"1990-07-04T12:00:00","latitude":40.7128,"longitude":-74.006}"""))
            with { Names = "profile-3" };
        const string oldPune =
            """{"datetime":"1850-06-01T12:00:00","latitude":18.5204,"longitude":73.8567,"timeStandard":"LOCAL_MEAN_TIME","vargas":[9]}""";
        yield return Call.Grpc("profiles-create-lmt-grpc", Call.CreateProfile, $"{{\"profile\":{Profile("Old Pune", "Poona", oldPune)}}}")
            with { Names = "profile-4" };
        yield return Call.Post("profiles-create-session", "/v1/profiles", """{"name":"Sydney","birth":""" + Birth.Sydney + "}")
            with { Names = "profile-5", Caller = Golden.Callers.Session };
        yield return Call.Post("profiles-create-stranger", "/v1/profiles", Profile("Stranger's", "Reykjavik", Birth.Reykjavik))
            with { Names = "stranger-profile-1", Caller = Golden.Callers.Stranger };

        (string Slug, string Json)[] refused =
        [
            ("no-name", """{"placeName":"Pune","birth":""" + Birth.Pune + "}"),
            ("long-name", Profile(new string('n', 201), "Pune", Birth.Pune)),
            ("long-place", Profile("Pune", new string('p', 201), Birth.Pune)),
            ("no-birth", """{"name":"Nobody"}"""),
            ("bad-latitude", Profile("Pole", "Pune", Birth.Pune.With("\"latitude\":95"))),
            ("bad-enum", Profile("Houses", "Pune", Birth.Pune.With("\"houseSystem\":\"NOPE\""))),
            ("unknown-field", """{"name":"x","mood":"happy","birth":""" + Birth.Pune + "}"),
            ("malformed", """{"name":"""),
            ("gap", Profile("Gap", "NYC", ChartTimeCases.At("2021-03-14T02:30:00", "America/New_York", "40.7", "-74"))),
        ];
        foreach (var (slug, json) in refused)
        {
            yield return Call.Post("profiles-create-refused-" + slug, "/v1/profiles", json) with { Names = "refused-" + slug };
        }

        yield return Call.Post("profiles-create-with-id", "/v1/profiles",
            """{"id":"00000000-0000-4000-8000-000000000001","name":"Given id","birth":"""
            + Birth.London + "}") with { Names = "profile-with-id" };
        yield return Call.Grpc("profiles-create-refused-grpc", Call.CreateProfile, $"{{\"profile\":{refused[4].Json}}}")
            with { Names = "refused-grpc" };
        yield return Call.Grpc("profiles-create-refused-empty-grpc", Call.CreateProfile) with { Names = "refused-empty-grpc" };
        yield return Call.Post("profiles-create-caller-none", "/v1/profiles", Profile("Anonymous", "Pune", Birth.Pune))
            with { Caller = Golden.Callers.None, Names = "refused-anonymous" };

        yield return Call.Get("profiles-get-rest", "/v1/profiles/<profile-1>");
        yield return Call.Grpc("profiles-get-grpc", Call.GetProfile, """{"profileId":"<profile-2>"}""");
        yield return Call.Get("profiles-get-missing", "/v1/profiles/" + Missing);
        yield return Call.Get("profiles-get-not-uuid", "/v1/profiles/not-a-uuid");
        yield return Call.Grpc("profiles-get-empty-id-grpc", Call.GetProfile);
        yield return Call.Get("profiles-get-strangers", "/v1/profiles/<stranger-profile-1>");
        yield return Call.Get("profiles-get-by-stranger", "/v1/profiles/<profile-1>") with { Caller = Golden.Callers.Stranger };
        yield return Call.Grpc("profiles-get-by-stranger-grpc", Call.GetProfile, """{"profileId":"<profile-1>"}""")
            with { Caller = Golden.Callers.Stranger };
        yield return Call.Get("profiles-get-caller-none", "/v1/profiles/<profile-1>") with { Caller = Golden.Callers.None };
    }

    public static IEnumerable<GoldenCase> Paging()
    {
        yield return Call.Get("profiles-page-1", "/v1/profiles?pageSize=2");
        yield return Call.Get("profiles-page-2", "/v1/profiles?pageSize=2&pageToken=<profiles-page-1-next-page>");
        yield return Call.Get("profiles-page-3", "/v1/profiles?pageToken=<profiles-page-2-next-page>&pageSize=2");
        yield return Call.Get("profiles-page-proto-name", "/v1/profiles?page_size=3");
        yield return Call.Grpc("profiles-page-1-grpc", Call.ListProfiles, """{"pageSize":5}""");
        yield return Call.Grpc("profiles-page-2-grpc", Call.ListProfiles,
            """{"pageSize":5,"pageToken":"<profiles-page-1-grpc-next-page>"}""");
        foreach (var (query, i) in new[] { "pageSize=0", "pageSize=101", "pageSize=-1", "pageSize=abc", "pageToken=garbage", "order=name" }
            .Select((query, i) => (query, i)))
        {
            yield return Call.Get($"profiles-page-odd-{i + 1}", "/v1/profiles?" + query);
        }

        yield return Call.Get("profiles-list-stranger", "/v1/profiles") with { Caller = Golden.Callers.Stranger };
        yield return Call.Get("profiles-list-session", "/v1/profiles?pageSize=1") with { Caller = Golden.Callers.Session };
    }

    public static IEnumerable<GoldenCase> Updates()
    {
        const string one = "/v1/profiles/<profile-1>";
        yield return Call.Patch("profiles-update-name", one + "?updateMask=name", """{"etag":"1","name":"Pune, renamed"}""");
        yield return Call.Patch("profiles-update-stale-etag", one + "?updateMask=name", """{"etag":"1","name":"Lost update"}""");
        yield return Call.Patch("profiles-update-no-etag", one + "?updateMask=name", """{"name":"No etag"}""");
        yield return Call.Patch("profiles-update-etag-words", one + "?updateMask=name", """{"etag":"latest","name":"Bad etag"}""");
        yield return Call.Patch("profiles-update-birth-field", one + "?updateMask=birth.ayanamsha",
            """{"etag":"2","birth":{"ayanamsha":"RAMAN"}}""");
        yield return Call.Patch("profiles-update-no-mask", one, """{"etag":"3","placeName":"Poona"}""");
        yield return Call.Patch("profiles-update-unknown-mask", one + "?updateMask=horoscope", """{"etag":"4","name":"x"}""");
        yield return Call.Patch("profiles-update-bad-birth", one + "?updateMask=birth.latitude",
            """{"etag":"4","birth":{"latitude":95}}""");
        yield return Call.Patch("profiles-update-missing", "/v1/profiles/" + Missing + "?updateMask=name", """{"etag":"1","name":"x"}""");
        yield return Call.Patch("profiles-update-by-stranger", one + "?updateMask=name", """{"etag":"4","name":"Mine now"}""")
            with { Caller = Golden.Callers.Stranger };
        yield return Call.Patch("profiles-update-whole-birth", one + "?updateMask=birth", $"{{\"etag\":\"4\",\"birth\":{Birth.London}}}");
        yield return Call.Patch("profiles-update-id-in-body", one + "?updateMask=name",
            """{"id":"<profile-2>","etag":"5","name":"Which one?"}""");
        yield return Call.Grpc("profiles-update-grpc", Call.UpdateProfile,
            """{"profile":{"id":"<profile-2>","etag":"1","name":"New York, renamed","placeName":"New York City"},"""
            + "\"updateMask\":\"name,placeName\"}");
        yield return Call.Grpc("profiles-update-stale-grpc", Call.UpdateProfile,
            """{"profile":{"id":"<profile-2>","etag":"1","name":"Lost"},"updateMask":"name"}""");
        yield return Call.Grpc("profiles-update-no-id-grpc", Call.UpdateProfile, """{"profile":{"etag":"1","name":"Nobody"}}""");
    }

    public static IEnumerable<GoldenCase> Charts()
    {
        yield return Call.Get("profiles-chart-rest", "/v1/profiles/<profile-1>/chart");
        yield return Call.Get("profiles-chart-old-path", "/chart/<profile-2>");
        yield return Call.Grpc("profiles-chart-grpc", Call.GetProfileChart, """{"profileId":"<profile-4>"}""");
        yield return Call.Get("profiles-chart-missing", $"/v1/profiles/{Missing}/chart");
        yield return Call.Get("profiles-chart-not-uuid", "/chart/nope");
        yield return Call.Get("profiles-chart-by-stranger", "/chart/<profile-1>") with { Caller = Golden.Callers.Stranger };
        yield return Call.Grpc("profiles-chart-by-stranger-grpc", Call.GetProfileChart, """{"profileId":"<profile-1>"}""")
            with { Caller = Golden.Callers.Stranger };
        yield return Call.Get("profiles-chart-caller-none", "/chart/<profile-1>") with { Caller = Golden.Callers.None };
    }

    private static string Profile(string name, string place, string birth) =>
        $$"""{"name":"{{name}}","placeName":"{{place}}","birth":{{birth}}}""";
}
