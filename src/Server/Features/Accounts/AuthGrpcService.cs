using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Jyotishika.Engine;
using Jyotishika.Server.Platform.Errors;
using Jyotishika.Server.Platform.Identity;
using Jyotishika.Server.Storage.Accounts;
using Jyotishika.V1;
using Microsoft.AspNetCore.Authorization;

namespace Jyotishika.Server.Features.Accounts;

/// <summary>AuthService: the caller, sign-out and API tokens. Identity comes from <see cref="CallerAuthenticationHandler"/>.</summary>
public sealed class AuthGrpcService(SessionStore sessions, SessionCookie cookie, ApiTokenStore tokens, TimeProvider time)
    : AuthService.AuthServiceBase
{
    private const string ExpiresAtField = "expiresAt";

    /// <summary>A token lives at most a year (a leap year's 366 days), so a forgotten one does not work forever.</summary>
    private const int MaxTokenLifetimeDays = 366;

    /// <summary>Seconds from 1970 to 10000-01-01T00:00:00Z: past it a Timestamp has no DateTimeOffset.</summary>
    private const long TimestampSecondsLimit = 253402300800;

    private static readonly string ExpiresAtRule = $"must be in the future and at most {MaxTokenLifetimeDays} days ahead";

    public override Task<GetMeResponse> GetMe(GetMeRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var http = context.GetHttpContext();
        if (CallerClaims.User(http.User) is not { } user)
        {
            if (AuthenticationOutcome.Of(http) is { StoreUnavailable: true })
            {
                throw new RpcException(new Grpc.Core.Status(StatusCode.Unavailable, "Sign-in cannot be checked right now; try again shortly."));
            }

            return Task.FromResult(new GetMeResponse { LoggedIn = false });
        }

        var response = new GetMeResponse { LoggedIn = true, User = ToMessage(user), AuthMethod = CallerClaims.AuthMethodOf(http.User) };
        if (CallerClaims.CredentialExpiresAt(http.User) is { } expires)
        {
            response.ExpiresAt = Timestamp.FromDateTimeOffset(expires);
        }

        return Task.FromResult(response);
    }

    public override async Task<LogoutResponse> Logout(LogoutRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var http = context.GetHttpContext();
        if (AuthenticationOutcome.Of(http) is { CrossSiteRefused: true })
        {
            // Another site cannot sign the user out either.
            throw new RpcException(new Grpc.Core.Status(StatusCode.PermissionDenied, "Sign out from this application's own pages."));
        }

        var ended = await sessions.DeleteAsync(SessionCookie.Read(http)).ConfigureAwait(false);
        cookie.Expire(http);
        return new LogoutResponse { Ended = ended };
    }

    [Authorize]
    public override async Task<CreateApiTokenResponse> CreateApiToken(CreateApiTokenRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(context);
        var http = context.GetHttpContext();
        if (CallerClaims.AuthMethodOf(http.User) != AuthMethod.Session)
        {
            throw new RpcException(new Grpc.Core.Status(
                StatusCode.PermissionDenied, "API tokens are created from a signed-in browser session, not with another token."));
        }

        var (name, expiresAt) = Validate(request);
        var (outcome, token, secret) = await tokens.CreateAsync(Caller(context).Id, name, expiresAt, context.CancellationToken)
            .ConfigureAwait(false);
        return outcome switch
        {
            ApiTokenStore.Creation.Created => new CreateApiTokenResponse { Token = token!.ToContract(), Secret = secret! },
            ApiTokenStore.Creation.AlreadyExpired => throw RpcErrors.InvalidArgument(ExpiresAtField, ExpiresAtRule),
            ApiTokenStore.Creation.Deactivated => throw await DeactivatedAsync(http).ConfigureAwait(false),
            _ => throw new RpcException(new Grpc.Core.Status(
                StatusCode.FailedPrecondition, $"At most {ApiTokenStore.MaxTokensPerUser} live API tokens per user; revoke one first.")),
        };
    }

    [Authorize]
    public override async Task<ListApiTokensResponse> ListApiTokens(ListApiTokensRequest request, ServerCallContext context)
    {
        var list = await tokens.ListAsync(Caller(context).Id, context.CancellationToken).ConfigureAwait(false);
        var response = new ListApiTokensResponse();
        response.Tokens.AddRange(list.Select(token => token.ToContract()));
        return response;
    }

    [Authorize]
    public override async Task<RevokeApiTokenResponse> RevokeApiToken(RevokeApiTokenRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!Guid.TryParse(request.TokenId, out var tokenId))
        {
            throw RpcErrors.InvalidArgument("tokenId", "must be a token id as returned by CreateApiToken or ListApiTokens");
        }

        if (!await tokens.RevokeAsync(Caller(context).Id, tokenId, context.CancellationToken).ConfigureAwait(false))
        {
            throw new RpcException(new Grpc.Core.Status(StatusCode.NotFound, "No such API token."));
        }

        return new RevokeApiTokenResponse();
    }

    /// <summary>
    /// Ends the session whose account turned out to be deactivated, as the allowlist re-check does, and refuses as
    /// authorization refuses a deactivated account.
    /// </summary>
    private async Task<RpcException> DeactivatedAsync(HttpContext http)
    {
        await sessions.DeleteAsync(SessionCookie.Read(http)).ConfigureAwait(false);
        cookie.Expire(http);
        return new RpcException(new Grpc.Core.Status(StatusCode.PermissionDenied, "This account is not active."));
    }

    private (string Name, DateTimeOffset? ExpiresAt) Validate(CreateApiTokenRequest request)
    {
        var violations = new List<InputViolation>();
        var name = request.Name.Trim();
        if (name.Length is 0 or > 100 || name.Any(char.IsControl))
        {
            violations.Add(new InputViolation("name", "must be 1 to 100 characters without control characters"));
        }

        DateTimeOffset? expiresAt = null;
        if (request.ExpiresAt is { } timestamp)
        {
            var now = time.GetUtcNow();
            var valid = timestamp.Nanos is >= 0 and < 1_000_000_000 && timestamp.Seconds is > 0 and < TimestampSecondsLimit;
            expiresAt = valid ? timestamp.ToDateTimeOffset() : null;
            if (expiresAt is not { } at || at <= now || at > now.AddDays(MaxTokenLifetimeDays))
            {
                violations.Add(new InputViolation(ExpiresAtField, ExpiresAtRule));
            }
        }

        return violations.Count > 0 ? throw new InvalidInputException(violations) : (name, expiresAt);
    }

    private static AuthenticatedUser Caller(ServerCallContext context) =>
        CallerClaims.User(context.GetHttpContext().User)
        ?? throw new RpcException(new Grpc.Core.Status(StatusCode.Unauthenticated, "Sign in first."));

    private static User ToMessage(AuthenticatedUser user) =>
        new() { Id = user.Id.ToString(), Email = user.Email, Name = user.Name, PictureUrl = user.PictureUrl };
}
