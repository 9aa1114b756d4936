using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Jyotishika.Server.Features.Accounts;
using Jyotishika.Server.Platform.Identity;
using Jyotishika.Server.Storage.Accounts;
using Jyotishika.Server.Tests.Infrastructure;
using Jyotishika.V1;

namespace Jyotishika.Server.Tests.Unit.Accounts;

/// <summary>
/// AuthService in process on a server with no DATABASE_URL or REDIS_URL: who the caller is, sign-out, and API-token
/// arguments checked before storage. [Authorize] on the token methods is the endpoint's to enforce and is not in play
/// here; tokens themselves are tested end to end (Auth/), against PostgreSQL and Redis.
/// </summary>
public sealed class AuthGrpcServiceTests
{
    private const string ExpiresAtRule = "must be in the future and at most 366 days ahead";
    private const string NoDatabase = "This server has no DATABASE_URL configured, so accounts and sign-in are not available.";

    private static readonly DateTimeOffset Now = new(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);

    private static readonly AuthenticatedUser Asha = new(
        Guid.Parse("5b1c2f0e-6a3d-4c8e-9f7a-2d4b6e8a0c1f"), "asha@example.com", "Asha", "https://example.com/asha.png");

    private static AuthGrpcService Service =>
        InProcessServices.Create<AuthGrpcService>(new ApiTokenRequestMapper(new FixedTimeProvider(Now)));

    [Test]
    public async Task An_anonymous_caller_is_not_logged_in()
    {
        var me = await InterceptedCall.UnaryAsync(Service.GetMe, new GetMeRequest());

        Assert.That(me, Is.EqualTo(new GetMeResponse { LoggedIn = false }));
    }

    [Test]
    public async Task A_signed_in_caller_is_told_who_they_are_and_how_they_signed_in()
    {
        var context = TestServerCallContext.SignedIn(Asha, AuthMethod.ApiToken);

        var me = await InterceptedCall.UnaryAsync(Service.GetMe, new GetMeRequest(), context);

        Assert.That(me.LoggedIn, Is.True);
        Assert.That(me.User, Is.EqualTo(new User
        {
            Id = "5b1c2f0e-6a3d-4c8e-9f7a-2d4b6e8a0c1f",
            Email = "asha@example.com",
            Name = "Asha",
            PictureUrl = "https://example.com/asha.png",
        }));
        Assert.That(me.AuthMethod, Is.EqualTo(AuthMethod.ApiToken));
        Assert.That(me.ExpiresAt, Is.Null, "the credential carried no expiry");
    }

    [Test]
    public void When_the_session_store_was_down_the_caller_is_told_to_retry_rather_than_that_they_are_signed_out()
    {
        var context = TestServerCallContext.Create();
        context.HttpContext.Features.Set(new AuthenticationOutcome { StoreUnavailable = true });

        var error = Assert.ThrowsAsync<RpcException>(() => InterceptedCall.UnaryAsync(Service.GetMe, new GetMeRequest(), context))!;

        Assert.That(error.StatusCode, Is.EqualTo(StatusCode.Unavailable));
        Assert.That(error.Status.Detail, Is.EqualTo("Sign-in cannot be checked right now; try again shortly."));
    }

    [Test]
    public async Task Logging_out_without_a_session_ends_nothing_and_still_expires_the_cookie()
    {
        var context = TestServerCallContext.Create();

        var answer = await InterceptedCall.UnaryAsync(Service.Logout, new LogoutRequest(), context);

        Assert.That(answer.Ended, Is.False);
        var cookie = context.HttpContext.Response.Headers.SetCookie.ToString();
        Assert.That(cookie, Does.StartWith($"{SessionCookie.Name}=;"));
        Assert.That(cookie, Does.Contain("expires=Thu, 01 Jan 1970 00:00:00 GMT").And.Contain("httponly").And.Contain("path=/"));
    }

    [Test]
    public void Logging_out_a_session_needs_the_session_store()
    {
        var context = TestServerCallContext.Create();
        context.HttpContext.Request.Headers.Cookie = $"{SessionCookie.Name}={new string('s', 43)}";

        var error = Assert.ThrowsAsync<RpcException>(() => InterceptedCall.UnaryAsync(Service.Logout, new LogoutRequest(), context))!;

        Assert.That((error.StatusCode, error.Status.Detail), Is.EqualTo((
            StatusCode.FailedPrecondition, "This server has no REDIS_URL configured, so accounts and sign-in are not available.")));
    }

    [Test]
    public void Another_site_cannot_log_the_user_out()
    {
        var context = TestServerCallContext.Create();
        context.HttpContext.Features.Set(new AuthenticationOutcome { CrossSiteRefused = true });

        var error = Assert.ThrowsAsync<RpcException>(() => InterceptedCall.UnaryAsync(Service.Logout, new LogoutRequest(), context))!;

        Assert.That(error.StatusCode, Is.EqualTo(StatusCode.PermissionDenied));
    }

    [Test]
    public void An_API_token_cannot_create_another()
    {
        var context = TestServerCallContext.SignedIn(Asha, AuthMethod.ApiToken);

        var error = Assert.ThrowsAsync<RpcException>(() =>
            InterceptedCall.UnaryAsync(Service.CreateApiToken, new CreateApiTokenRequest { Name = "ci" }, context))!;

        Assert.That((error.StatusCode, error.Status.Detail), Is.EqualTo((
            StatusCode.PermissionDenied, "API tokens are created from a signed-in browser session, not with another token.")));
    }

    [TestCase(-1.0)]
    [TestCase(0.0)]
    [TestCase(366.01)]
    public void A_token_must_expire_in_the_future_and_within_366_days(double days)
    {
        var request = new CreateApiTokenRequest { Name = "ci", ExpiresAt = Timestamp.FromDateTimeOffset(Now.AddDays(days)) };

        var error = Assert.ThrowsAsync<RpcException>(() => InterceptedCall.UnaryAsync(Service.CreateApiToken, request, SessionOf(Asha)))!;

        Assert.That(error.Violations(), Is.EqualTo(new[] { ("expiresAt", ExpiresAtRule) }));
    }

    [Test]
    public void A_timestamp_no_clock_can_hold_is_refused_as_an_expiry()
    {
        var request = new CreateApiTokenRequest { Name = "ci", ExpiresAt = new Timestamp { Seconds = 253402300800, Nanos = 0 } };

        var error = Assert.ThrowsAsync<RpcException>(() => InterceptedCall.UnaryAsync(Service.CreateApiToken, request, SessionOf(Asha)))!;

        Assert.That(error.Violations(), Is.EqualTo(new[] { ("expiresAt", ExpiresAtRule) }));
    }

    [Test]
    public void A_bad_name_and_a_bad_expiry_are_named_together()
    {
        var request = new CreateApiTokenRequest { Name = new string('n', 101), ExpiresAt = Timestamp.FromDateTimeOffset(Now.AddDays(-1)) };

        var error = Assert.ThrowsAsync<RpcException>(() => InterceptedCall.UnaryAsync(Service.CreateApiToken, request, SessionOf(Asha)))!;

        Assert.That(error.Violations(), Is.EqualTo(new[]
        {
            ("name", "must be 1 to 100 characters without control characters"), ("expiresAt", ExpiresAtRule),
        }));
    }

    [Test]
    public void A_valid_token_request_reaches_storage_which_is_not_configured()
    {
        var request = new CreateApiTokenRequest { Name = " ci ", ExpiresAt = Timestamp.FromDateTimeOffset(Now.AddDays(366)) };

        var error = Assert.ThrowsAsync<RpcException>(() => InterceptedCall.UnaryAsync(Service.CreateApiToken, request, SessionOf(Asha)))!;

        Assert.That((error.StatusCode, error.Status.Detail), Is.EqualTo((StatusCode.FailedPrecondition, NoDatabase)));
    }

    [Test]
    public void Revoking_needs_a_token_id_as_issued()
    {
        var request = new RevokeApiTokenRequest { TokenId = "jyo_abc" };

        var error = Assert.ThrowsAsync<RpcException>(() => InterceptedCall.UnaryAsync(Service.RevokeApiToken, request, SessionOf(Asha)))!;

        Assert.That(error.Violations(), Is.EqualTo(new[]
        {
            ("tokenId", "must be a token id as returned by CreateApiToken or ListApiTokens"),
        }));
    }

    [Test]
    public void Token_calls_from_an_anonymous_caller_ask_them_to_sign_in()
    {
        var list = Assert.ThrowsAsync<RpcException>(() => InterceptedCall.UnaryAsync(Service.ListApiTokens, new ListApiTokensRequest()))!;
        var revoke = Assert.ThrowsAsync<RpcException>(() =>
            InterceptedCall.UnaryAsync(Service.RevokeApiToken, new RevokeApiTokenRequest { TokenId = Guid.NewGuid().ToString() }))!;

        Assert.That((list.StatusCode, list.Status.Detail), Is.EqualTo((StatusCode.Unauthenticated, "Sign in first.")));
        Assert.That(revoke.StatusCode, Is.EqualTo(StatusCode.Unauthenticated));
    }

    private static TestServerCallContext SessionOf(AuthenticatedUser user) => TestServerCallContext.SignedIn(user, AuthMethod.Session);
}
