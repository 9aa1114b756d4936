namespace Jyotishika.Server.Tests.Golden.Cases;

/// <summary>
/// AuthService and account deletion, last because they end things: who is calling (token, session, none), tokens made
/// from the session (and refused from a token), listed, used, revoked; logouts; and finally both accounts deleted.
/// &lt;in-30-days&gt; and &lt;in-400-days&gt; are instants that far from the run, for expiries that must be in the future.
/// </summary>
internal static class AuthCases
{
    private const string Missing = "00000000-0000-4000-8000-000000000000";

    public static IEnumerable<GoldenCase> Me()
    {
        yield return Call.Get("me-rest-token", "/v1/me");
        yield return Call.Get("me-old-path-token", "/me");
        yield return Call.Get("me-rest-session", "/v1/me") with { Caller = Golden.Callers.Session };
        yield return Call.Get("me-old-path-none", "/me") with { Caller = Golden.Callers.None };
        yield return Call.Get("me-rest-unknown-token", "/v1/me") with { Caller = Golden.Callers.UnknownToken };
        yield return Call.Grpc("me-grpc-token", Call.GetMe);
        yield return Call.Grpc("me-grpc-session", Call.GetMe) with { Caller = Golden.Callers.Session };
        yield return Call.Grpc("me-grpc-none", Call.GetMe) with { Caller = Golden.Callers.None };
        yield return Call.Grpc("me-grpc-stranger", Call.GetMe) with { Caller = Golden.Callers.Stranger };
    }

    public static IEnumerable<GoldenCase> Tokens()
    {
        const string session = Golden.Callers.Session;
        yield return Call.Post("tokens-create-from-token", "/v1/tokens", """{"name":"from a token"}""")
            with { Names = "refused-token-from-token" };
        yield return Call.Post("tokens-create", "/v1/tokens", """{"name":"laptop"}""") with { Caller = session, Names = "token-1" };
        yield return Call.Post("tokens-create-expiring", "/v1/tokens", """{"name":"expiring","expiresAt":"<in-30-days>"}""")
            with { Caller = session, Names = "token-2" };
        (string Slug, string Json)[] refused =
        [
            ("past-expiry", """{"name":"old","expiresAt":"2020-01-01T00:00:00Z"}"""),
            ("far-expiry", """{"name":"far","expiresAt":"<in-400-days>"}"""),
            ("expiry-words", """{"name":"soon","expiresAt":"soon"}"""),
            ("empty-name", """{"name":""}"""),
            ("long-name", $"{{\"name\":\"{new string('n', 101)}\"}}"),
            ("malformed", "{\"name\""),
        ];
        foreach (var (slug, json) in refused)
        {
            yield return Call.Post("tokens-create-refused-" + slug, "/v1/tokens", json)
                with { Caller = session, Names = "refused-token-" + slug };
        }

        yield return Call.Post("tokens-create-caller-none", "/v1/tokens", """{"name":"x"}""") with { Caller = Golden.Callers.None };
        yield return Call.Grpc("tokens-create-grpc", Call.CreateApiToken, """{"name":"grpc laptop"}""")
            with { Caller = session, Names = "token-3" };
        yield return Call.Grpc("tokens-create-from-token-grpc", Call.CreateApiToken, """{"name":"x"}""")
            with { Names = "refused-token-grpc" };

        yield return Call.Get("tokens-list-rest", "/v1/tokens");
        yield return Call.Grpc("tokens-list-grpc", Call.ListApiTokens);
        yield return Call.Get("tokens-list-session", "/v1/tokens") with { Caller = session };
        yield return Call.Get("tokens-list-stranger", "/v1/tokens") with { Caller = Golden.Callers.Stranger };
        yield return Call.Get("tokens-list-caller-none", "/v1/tokens") with { Caller = Golden.Callers.None };

        yield return Call.Get("tokens-use-new", "/v1/me") with { Caller = Golden.Callers.Bearer("<token-1-secret>") };
        yield return Call.Grpc("tokens-use-expiring-grpc", Call.GetMe) with { Caller = Golden.Callers.Bearer("<token-2-secret>") };

        yield return Call.Delete("tokens-revoke", "/v1/tokens/<token-1>");
        yield return Call.Get("tokens-use-revoked", "/v1/me") with { Caller = Golden.Callers.Bearer("<token-1-secret>") };
        yield return Call.Delete("tokens-revoke-again", "/v1/tokens/<token-1>");
        yield return Call.Delete("tokens-revoke-missing", "/v1/tokens/" + Missing);
        yield return Call.Delete("tokens-revoke-not-uuid", "/v1/tokens/nope");
        yield return Call.Delete("tokens-revoke-by-stranger", "/v1/tokens/<token-2>") with { Caller = Golden.Callers.Stranger };
        yield return Call.Grpc("tokens-revoke-grpc", Call.RevokeApiToken, """{"tokenId":"<token-3>"}""");
        yield return Call.Grpc("tokens-revoke-empty-grpc", Call.RevokeApiToken);
        yield return Call.Get("tokens-list-after-revokes", "/v1/tokens");
    }

    public static IEnumerable<GoldenCase> Endings()
    {
        yield return Call.Post("logout-token", "/v1/auth/logout", null);
        yield return Call.Post("logout-old-path-none", "/auth/logout", null) with { Caller = Golden.Callers.None };
        yield return Call.Grpc("logout-token-grpc", Call.Logout);

        yield return Call.Post("account-delete-wrong-email", "/v1/me:delete", """{"confirmEmail":"someone@example.com"}""");
        yield return Call.Post("account-delete-no-email", "/v1/me:delete", "{}");
        yield return Call.Grpc("account-delete-wrong-email-grpc", Call.DeleteMyAccount, """{"confirmEmail":"stranger@example.com"}""");
        yield return Call.Post("account-delete-caller-none", "/v1/me:delete", """{"confirmEmail":"golden@example.com"}""")
            with { Caller = Golden.Callers.None };
        yield return Call.Grpc("account-delete-stranger-grpc", Call.DeleteMyAccount, """{"confirmEmail":"stranger@example.com"}""")
            with { Caller = Golden.Callers.Stranger };
        yield return Call.Get("me-after-account-deleted", "/v1/me") with { Caller = Golden.Callers.Stranger };

        yield return Call.Grpc("logout-session-grpc", Call.Logout) with { Caller = Golden.Callers.Session };
        yield return Call.Post("logout-session-rest", "/v1/auth/logout", null) with { Caller = Golden.Callers.Session };
        yield return Call.Post("logout-session-old-path", "/auth/logout", null) with { Caller = Golden.Callers.Session };
        yield return Call.Get("me-after-logout", "/v1/me") with { Caller = Golden.Callers.Session };

        yield return Call.Post("account-delete", "/v1/me:delete", """{"confirmEmail":"golden@example.com"}""");
        yield return Call.Get("me-after-delete", "/v1/me");
        yield return Call.Get("profiles-after-delete", "/v1/profiles");
        yield return Call.Grpc("me-after-delete-grpc", Call.GetMe);
    }
}
