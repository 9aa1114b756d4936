using Grpc.Core;
using Jyotishika.Server.Platform.Identity;
using Jyotishika.Server.Tests.Auth;

namespace Jyotishika.Server.Tests.Profiles;

/// <summary>A signed-in user of a <see cref="ProfileSite"/>: a browser with a session, and an API token for gRPC.</summary>
internal sealed class Person(string email, Guid id, TestBrowser browser, string tokenSecret) : IDisposable
{
    public string Email { get; } = email;

    public Guid Id { get; } = id;

    public TestBrowser Browser { get; } = browser;

    public string TokenSecret { get; } = tokenSecret;

    /// <summary>gRPC call headers carrying the API token.</summary>
    public Metadata Bearer => BearerFor(TokenSecret);

    /// <summary>gRPC call headers carrying the browser's session cookie instead of a token.</summary>
    public Metadata Session => new() { { "cookie", $"{SessionCookie.Name}={Browser.Cookie(SessionCookie.Name)}" } };

    public static Metadata BearerFor(string secret) => new() { { "authorization", "Bearer " + secret } };

    public void Dispose() => Browser.Dispose();
}
