namespace Jyotishika.Server.Platform.Identity;

/// <summary>
/// The addresses that start or finish a sign-in. The accounts feature serves them; the platform needs them too, to give
/// them their own rate limit before authentication runs.
/// </summary>
public static class SignInPaths
{
    public const string GoogleLogin = "/auth/google/login";
    public const string GoogleCallback = "/auth/google/callback";
    public const string DevLogin = "/auth/dev/login";

    public static IReadOnlyList<string> All { get; } = [GoogleLogin, GoogleCallback, DevLogin];
}
