namespace Jyotishika.Server.Tests.Golden.Cases;

/// <summary>Notes through their life, then the export, profile deletions and the export again (which shows deleted rows).</summary>
internal static class NoteCases
{
    private const string Missing = "00000000-0000-4000-8000-000000000000";

    public static IEnumerable<GoldenCase> Notes()
    {
        const string notes = "/v1/profiles/<profile-1>/notes";
        yield return Call.Post("notes-create-rest", notes, """{"title":"Saturn return","body":"Around 2020."}""") with { Names = "note-1" };
        yield return Call.Grpc("notes-create-grpc", Call.CreateNote, """{"profileId":"<profile-1>","note":{"title":"From gRPC"}}""")
            with { Names = "note-2" };
        yield return Call.Post("notes-create-other-profile", "/v1/profiles/<profile-2>/notes", """{"title":"Second profile","body":"x"}""")
            with { Names = "note-3" };
        yield return Call.Post("notes-create-unicode", notes, """{"title":"शनि","body":"Ünïcödé ✓ and \"quotes\"\nand a new line"}""")
            with { Names = "note-4" };

        (string Slug, string Json)[] refused =
        [
            ("empty-title", """{"title":"","body":"x"}"""),
            ("long-title", $"{{\"title\":\"{new string('t', 201)}\"}}"),
            ("long-body", $"{{\"title\":\"t\",\"body\":\"{new string('b', 5001)}\"}}"),
            ("malformed", """{"title":"""),
        ];
        foreach (var (slug, json) in refused)
        {
            yield return Call.Post("notes-create-refused-" + slug, notes, json) with { Names = "refused-note-" + slug };
        }

        yield return Call.Post("notes-create-profile-id-in-body", notes, """{"title":"Path wins?","profileId":"<profile-2>"}""")
            with { Names = "note-5" };
        yield return Call.Post("notes-create-missing-profile", $"/v1/profiles/{Missing}/notes", """{"title":"t"}""")
            with { Names = "refused-note-missing" };
        yield return Call.Post("notes-create-by-stranger", notes, """{"title":"t"}""")
            with { Caller = Golden.Callers.Stranger, Names = "refused-note-stranger" };
        yield return Call.Grpc("notes-create-refused-grpc", Call.CreateNote, """{"profileId":"<profile-1>","note":{}}""")
            with { Names = "refused-note-grpc" };

        yield return Call.Get("notes-list-page-1", notes + "?pageSize=2");
        yield return Call.Get("notes-list-page-2", notes + "?pageSize=2&pageToken=<notes-list-page-1-next-page>");
        yield return Call.Grpc("notes-list-grpc", Call.ListNotes, """{"profileId":"<profile-1>"}""");
        yield return Call.Get("notes-list-missing-profile", $"/v1/profiles/{Missing}/notes");
        yield return Call.Get("notes-list-page-size-101", notes + "?pageSize=101");
        yield return Call.Get("notes-list-by-stranger", notes) with { Caller = Golden.Callers.Stranger };

        yield return Call.Patch("notes-update-title", "/v1/notes/<note-1>?updateMask=title",
            """{"etag":"1","title":"Saturn return, first"}""");
        yield return Call.Patch("notes-update-stale", "/v1/notes/<note-1>?updateMask=title", """{"etag":"1","title":"Lost"}""");
        yield return Call.Patch("notes-update-empty-title", "/v1/notes/<note-1>?updateMask=title", """{"etag":"2","title":""}""");
        yield return Call.Patch("notes-update-missing", $"/v1/notes/{Missing}?updateMask=title", """{"etag":"1","title":"x"}""");
        yield return Call.Patch("notes-update-by-stranger", "/v1/notes/<note-1>?updateMask=title", """{"etag":"2","title":"x"}""")
            with { Caller = Golden.Callers.Stranger };
        yield return Call.Grpc("notes-update-grpc", Call.UpdateNote,
            """{"note":{"id":"<note-1>","etag":"2","body":"Updated over gRPC"},"updateMask":"body"}""");
        yield return Call.Patch("notes-update-no-mask", "/v1/notes/<note-4>", """{"etag":"1","body":"Without a mask"}""");

        yield return Call.Delete("notes-delete-rest", "/v1/notes/<note-2>");
        yield return Call.Delete("notes-delete-again", "/v1/notes/<note-2>");
        yield return Call.Grpc("notes-delete-grpc", Call.DeleteNote, """{"noteId":"<note-3>"}""");
        yield return Call.Delete("notes-delete-not-uuid", "/v1/notes/nope");
        yield return Call.Delete("notes-delete-by-stranger", "/v1/notes/<note-1>") with { Caller = Golden.Callers.Stranger };
        yield return Call.Get("notes-list-after-deletes", notes);
    }

    public static IEnumerable<GoldenCase> ExportAndDeletions()
    {
        yield return Call.Get("export-rest", "/v1/me/export");
        yield return Call.Delete("profiles-delete-rest", "/v1/profiles/<profile-3>");
        yield return Call.Get("profiles-get-deleted", "/v1/profiles/<profile-3>");
        yield return Call.Delete("profiles-delete-again", "/v1/profiles/<profile-3>");
        yield return Call.Grpc("profiles-delete-grpc", Call.DeleteProfile, """{"profileId":"<profile-5>"}""");
        yield return Call.Delete("profiles-delete-by-stranger", "/v1/profiles/<profile-1>") with { Caller = Golden.Callers.Stranger };
        yield return Call.Delete("profiles-delete-missing", "/v1/profiles/" + Missing);
        yield return Call.Get("profiles-chart-deleted", "/v1/profiles/<profile-3>/chart");
        yield return Call.Get("notes-list-deleted-profile", "/v1/profiles/<profile-3>/notes");
        yield return Call.Get("profiles-list-after-deletes", "/v1/profiles");
        yield return Call.Grpc("export-grpc", Call.ExportMyData);
        yield return Call.Get("export-by-stranger", "/v1/me/export") with { Caller = Golden.Callers.Stranger };
        yield return Call.Get("export-caller-none", "/v1/me/export") with { Caller = Golden.Callers.None };
    }
}
