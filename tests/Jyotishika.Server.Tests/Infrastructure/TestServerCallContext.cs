using System.Net;
using System.Security.Claims;
using Grpc.Core;
using Jyotishika.Server.Platform.Identity;
using Jyotishika.Server.Storage.Accounts;
using Jyotishika.V1;
using Microsoft.AspNetCore.Http;

namespace Jyotishika.Server.Tests.Infrastructure;

/// <summary>
/// The context of one in-process call: no Kestrel, but an <see cref="HttpContext"/> behind it as grpc-dotnet gives one,
/// because the services and interceptors read the caller, cookies, content type and correlation id from it.
/// </summary>
public sealed class TestServerCallContext : ServerCallContext
{
    /// <summary>What a gRPC caller sends; JSON transcoding (REST) calls carry application/json instead.</summary>
    public const string GrpcContentType = "application/grpc";

    /// <summary>The request id the interceptor writes into RequestInfo when no correlation middleware ran.</summary>
    public const string TraceIdentifier = "unit-test-call";

    // grpc-dotnet's GetHttpContext() falls back to this UserState key for contexts it did not create
    // (Grpc.AspNetCore.Server, ServerCallContextExtensions.HttpContextKey).
    private const string HttpContextKey = "__HttpContext";

    private readonly Dictionary<object, object> userState = [];
    private readonly Metadata requestHeaders = [];
    private readonly Metadata responseTrailers = [];
    private readonly DateTime deadline;
    private readonly CancellationToken cancellationToken;

    private TestServerCallContext(HttpContext http, DateTime deadline, CancellationToken cancellationToken)
    {
        HttpContext = http;
        this.deadline = deadline;
        this.cancellationToken = cancellationToken;
        userState[HttpContextKey] = http;
    }

    public HttpContext HttpContext { get; }

    /// <summary>The headers the service wrote with <see cref="ServerCallContext.WriteResponseHeadersAsync"/>, if it did.</summary>
    public Metadata? ResponseHeaders { get; private set; }

    /// <summary>The principal the call carries (anonymous unless signed in).</summary>
    public ClaimsPrincipal User => HttpContext.User;

    protected override string MethodCore => "/unit.test/Call";

    protected override string HostCore => "localhost";

    protected override string PeerCore => "ipv4:127.0.0.1:50000";

    protected override DateTime DeadlineCore => deadline;

    protected override Metadata RequestHeadersCore => requestHeaders;

    protected override CancellationToken CancellationTokenCore => cancellationToken;

    protected override Metadata ResponseTrailersCore => responseTrailers;

    protected override Status StatusCore { get; set; }

    protected override WriteOptions? WriteOptionsCore { get; set; }

    protected override AuthContext AuthContextCore { get; } = new(null, []);

    protected override IDictionary<object, object> UserStateCore => userState;

    /// <summary>
    /// A call from an anonymous client on 127.0.0.1, as gRPC unless <paramref name="contentType"/> says otherwise.
    /// Cancelling <paramref name="cancellationToken"/> is the client going away (both the call's token and the request's).
    /// </summary>
    public static TestServerCallContext Create(
        string contentType = GrpcContentType, DateTime? deadline = null, CancellationToken cancellationToken = default)
    {
        var http = new DefaultHttpContext { TraceIdentifier = TraceIdentifier, RequestAborted = cancellationToken };
        http.Request.ContentType = contentType;
        http.Connection.RemoteIpAddress = IPAddress.Loopback;
        return new TestServerCallContext(http, deadline ?? DateTime.MaxValue, cancellationToken);
    }

    /// <summary>A call from <paramref name="user"/>, signed in as the authentication handler would have signed them in.</summary>
    public static TestServerCallContext SignedIn(AuthenticatedUser user, AuthMethod method = AuthMethod.Session)
    {
        var context = Create();
        context.HttpContext.User = CallerClaims.Create(user, method, expiresAt: null, CallerAuthenticationHandler.SchemeName);
        return context;
    }

    protected override ContextPropagationToken CreatePropagationTokenCore(ContextPropagationOptions? options) =>
        throw new NotSupportedException("No service under test propagates its call.");

    protected override Task WriteResponseHeadersAsyncCore(Metadata responseHeaders)
    {
        ResponseHeaders = responseHeaders;
        return Task.CompletedTask;
    }
}
