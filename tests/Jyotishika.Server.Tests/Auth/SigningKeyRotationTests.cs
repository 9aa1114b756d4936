using System.Net;

namespace Jyotishika.Server.Tests.Auth;

/// <summary>
/// The issuer's signing keys are cached: fetched once, fetched again only when a token names a key id the cache does
/// not know. A server of its own, because the JWKS refresh is rate-limited per server.
/// </summary>
[TestFixture]
public sealed class SigningKeyRotationTests
{
    private static readonly FakeUser Alan = new("608774219340006", "alan@example.com", "Alan Turing");

    [Test]
    public async Task A_rotated_key_is_fetched_once_and_an_unknown_one_is_refused()
    {
        await using var site = await SignInSite.StartAsync();
        await site.ApproveAsync(Alan.Email);
        using (var warmUp = new TestBrowser())
        {
            using var first = await site.SignInAsync(warmUp, Alan);
            Assert.That(warmUp.Cookie("session_id"), Is.Not.Null);
        }

        var fetchesBefore = site.Issuer.JwksRequests;

        // The issuer publishes a new key and signs with it: the server has not seen this key id yet.
        site.Issuer.RotateSigningKey();
        using (var afterRotation = new TestBrowser())
        {
            using var response = await site.SignInAsync(afterRotation, Alan);
            Assert.That(response.Headers.Location!.AbsoluteUri, Is.EqualTo(SignInSite.Frontend + "/"));
            Assert.That(afterRotation.Cookie("session_id"), Is.Not.Null, "the new key is fetched and the login accepted");
        }

        Assert.That(site.Issuer.JwksRequests, Is.EqualTo(fetchesBefore + 1), "one refresh for the new key id, not one per login");

        // A key id that is not published at all (a forger's) is refused.
        site.Issuer.StageUnpublishedKey();
        using var forged = new TestBrowser();
        using var refused = await site.SignInAsync(forged, Alan);
        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(refused.Headers.Location!.AbsoluteUri, Is.EqualTo(SignInSite.Frontend + "/?login=failed"));
        Assert.That(forged.Cookie("session_id"), Is.Null);
    }
}
