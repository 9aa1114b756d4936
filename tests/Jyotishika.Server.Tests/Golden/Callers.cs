namespace Jyotishika.Server.Tests.Golden;

/// <summary>The credentials a golden request can carry.</summary>
internal static class Callers
{
    /// <summary>The golden user's API token (authorization: Bearer), as a program calls.</summary>
    public const string Token = "token";

    /// <summary>The golden user's browser session cookie.</summary>
    public const string Session = "session";

    /// <summary>A second signed-in user's API token: their view of the golden user's rows is NOT_FOUND.</summary>
    public const string Stranger = "stranger";

    /// <summary>No credential at all.</summary>
    public const string None = "none";

    /// <summary>A bearer token that was never issued.</summary>
    public const string UnknownToken = "unknown-token";

    /// <summary>Prefix of a caller that sends the secret a placeholder names: <c>bearer &lt;token-1-secret&gt;</c>.</summary>
    public const string BearerPrefix = "bearer ";

    public static string Bearer(string placeholder) => BearerPrefix + placeholder;
}
