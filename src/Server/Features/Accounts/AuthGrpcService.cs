using Google.Protobuf.WellKnownTypes;
using Jyotishika.V1;

namespace Jyotishika.Server.Features.Accounts;

/// <summary>AuthService: the caller, sign-out and API tokens. Identity comes from <see cref="CallerAuthenticationHandler"/>.</summary>
public sealed class AuthGrpcService(
    SessionStore sessions, SessionCookie cookie, ApiTokenStore tokens, ApiTokenRequestMapper mapper)
    : AuthService.AuthServiceBase
{
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

        var (name, expiresAt) = mapper.Map(request);
        var (outcome, token, secret) = await tokens.CreateAsync(Caller(context).Id, name, expiresAt, context.CancellationToken)
            .ConfigureAwait(false);
        return outcome switch
        {
            ApiTokenStore.Creation.Created => new CreateApiTokenResponse { Token = token!.ToContract(), Secret = secret! },
            ApiTokenStore.Creation.AlreadyExpired => throw RpcErrors.InvalidArgument(ApiTokenRequestMapper.ExpiresAtField, ApiTokenRequestMapper.ExpiresAtRule),
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


    private static AuthenticatedUser Caller(ServerCallContext context) =>
        CallerClaims.User(context.GetHttpContext().User)
        ?? throw new RpcException(new Grpc.Core.Status(StatusCode.Unauthenticated, "Sign in first."));

    private static User ToMessage(AuthenticatedUser user) =>
        new() { Id = user.Id.ToString(), Email = user.Email, Name = user.Name, PictureUrl = user.PictureUrl };
}
