using System.Net;
using Microsoft.Net.Http.Headers;

namespace Jyotishika.Server.Tests.Auth;

/// <summary>
/// Just enough browser for sign-in flows: redirects are visible (and followed only on request) and cookies live in a
/// jar that keeps every Set-Cookie with its attributes, so tests can assert HttpOnly, SameSite and friends.
/// Cookies are scoped by host and path but not port, as browsers do, which lets the server and the fake issuer share
/// 127.0.0.1; Secure is ignored because tests run over plain HTTP.
/// </summary>
public sealed class TestBrowser : IDisposable
{
    private static readonly HttpStatusCode[] RedirectStatuses =
    [
        HttpStatusCode.MovedPermanently,
        HttpStatusCode.Found,
        HttpStatusCode.SeeOther,
        HttpStatusCode.TemporaryRedirect,
        HttpStatusCode.PermanentRedirect,
    ];

    private readonly HttpClient client = new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false });
    private readonly TimeProvider time;
    private readonly Lock gate = new();
    private readonly List<StoredCookie> jar = [];
    private readonly List<SetCookieHeaderValue> received = [];

    public TestBrowser(TimeProvider? timeProvider = null) => time = timeProvider ?? TimeProvider.System;

    /// <summary>Every Set-Cookie ever received, in arrival order, including deletions.</summary>
    public IReadOnlyList<SetCookieHeaderValue> Received
    {
        get
        {
            lock (gate)
            {
                return [.. received];
            }
        }
    }

    public Task<HttpResponseMessage> GetAsync(string url) => GetAsync(new Uri(url, UriKind.Absolute));

    public Task<HttpResponseMessage> GetAsync(Uri url) => SendAsync(new HttpRequestMessage(HttpMethod.Get, url));

    public async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var uri = request.RequestUri is { IsAbsoluteUri: true } absolute
            ? absolute
            : throw new ArgumentException("The browser has no base address: use an absolute URI.", nameof(request));

        var cookieHeader = CookieHeaderFor(uri);
        if (cookieHeader.Length > 0 && !request.Headers.Contains(HeaderNames.Cookie))
        {
            request.Headers.Add(HeaderNames.Cookie, cookieHeader);
        }

        var response = await client.SendAsync(request).ConfigureAwait(false);
        if (response.Headers.TryGetValues(HeaderNames.SetCookie, out var setCookies))
        {
            foreach (var raw in setCookies)
            {
                // A cookie the browser cannot parse would silently vanish; surfacing it names the server bug.
                var cookie = SetCookieHeaderValue.TryParse(raw, out var parsed)
                    ? parsed
                    : throw new InvalidOperationException($"Unparseable Set-Cookie from {uri}: {raw}");
                Store(uri, cookie);
            }
        }

        return response;
    }

    /// <summary>
    /// Follows Location headers (relative ones resolved against the request) and returns the last response;
    /// intermediate responses are disposed. 301/302/303 continue as GET; 307/308 repeat the method but cannot replay a body.
    /// </summary>
    public async Task<HttpResponseMessage> FollowRedirectsAsync(HttpResponseMessage first, int max = 10)
    {
        ArgumentNullException.ThrowIfNull(first);
        var response = first;
        for (var hops = 0; RedirectStatuses.Contains(response.StatusCode); hops++)
        {
            if (hops == max)
            {
                response.Dispose();
                throw new InvalidOperationException($"More than {max} redirects; last Location was {response.Headers.Location}.");
            }

            var previous = response.RequestMessage
                ?? throw new InvalidOperationException("The response carries no request to resolve its Location against.");
            var location = response.Headers.Location
                ?? throw new InvalidOperationException($"{(int)response.StatusCode} from {previous.RequestUri} has no Location.");
            var target = location.IsAbsoluteUri ? location : new Uri(previous.RequestUri!, location);
            var keepsMethod = response.StatusCode is HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;
            if (keepsMethod && previous.Content is not null)
            {
                throw new NotSupportedException($"Cannot replay the request body of {previous.Method} {previous.RequestUri} across a 307/308.");
            }

            response.Dispose();
            response = await SendAsync(new HttpRequestMessage(keepsMethod ? previous.Method : HttpMethod.Get, target))
                .ConfigureAwait(false);
        }

        return response;
    }

    /// <summary>The current value of a live cookie with this name, whatever its host or path.</summary>
    public string? Cookie(string name)
    {
        var now = time.GetUtcNow();
        lock (gate)
        {
            return jar.LastOrDefault(c => c.Name == name && !c.IsExpired(now))?.Value;
        }
    }

    /// <summary>Plants a cookie for every host at path "/", as an attacker fixing a session would.</summary>
    public void SetCookie(string name, string value)
    {
        lock (gate)
        {
            jar.RemoveAll(c => c.Name == name && c.Path == "/" && c.Host is null);
            jar.Add(new StoredCookie(name, value, Host: null, HostOnly: false, Path: "/", Expires: null));
        }
    }

    public void ClearCookies()
    {
        lock (gate)
        {
            jar.Clear();
        }
    }

    public void Dispose() => client.Dispose();

    private void Store(Uri uri, SetCookieHeaderValue cookie)
    {
        var now = time.GetUtcNow();
        var name = cookie.Name.ToString();
        var path = cookie.Path.HasValue && cookie.Path.Value.StartsWith('/') ? cookie.Path.Value : DefaultPath(uri);
        var host = cookie.Domain.HasValue ? cookie.Domain.Value.TrimStart('.') : uri.Host;

        // Max-Age wins over Expires (RFC 6265 §5.3 step 3); either one in the past deletes.
        DateTimeOffset? expires = cookie.MaxAge is { } maxAge ? now + maxAge : cookie.Expires;
        lock (gate)
        {
            received.Add(cookie);
            jar.RemoveAll(c => c.Name == name && c.Path == path && (c.Host is null || string.Equals(c.Host, host, StringComparison.OrdinalIgnoreCase)));
            if (expires is null || expires > now)
            {
                jar.Add(new StoredCookie(name, cookie.Value.ToString(), host, !cookie.Domain.HasValue, path, expires));
            }
        }
    }

    private string CookieHeaderFor(Uri uri)
    {
        var now = time.GetUtcNow();
        lock (gate)
        {
            jar.RemoveAll(c => c.IsExpired(now));

            // RFC 6265 §5.4: longer paths first.
            return string.Join("; ", jar
                .Where(c => c.MatchesHost(uri.Host) && PathMatches(uri.AbsolutePath, c.Path))
                .OrderByDescending(c => c.Path.Length)
                .Select(c => $"{c.Name}={c.Value}"));
        }
    }

    // RFC 6265 §5.1.4: "/a" matches "/a", "/a/" and "/a/b" but not "/ab".
    private static bool PathMatches(string requestPath, string cookiePath) =>
        requestPath == cookiePath
        || (requestPath.StartsWith(cookiePath, StringComparison.Ordinal)
            && (cookiePath.EndsWith('/') || requestPath[cookiePath.Length] == '/'));

    // RFC 6265 §5.1.4: the request path up to, not including, its last slash.
    private static string DefaultPath(Uri uri)
    {
        var path = uri.AbsolutePath;
        var lastSlash = path.LastIndexOf('/');
        return lastSlash <= 0 ? "/" : path[..lastSlash];
    }

    private sealed record StoredCookie(string Name, string Value, string? Host, bool HostOnly, string Path, DateTimeOffset? Expires)
    {
        public bool IsExpired(DateTimeOffset now) => Expires <= now;

        // A Domain attribute also admits subdomains; without one the cookie is host-only. Null means planted for every host.
        public bool MatchesHost(string requestHost) =>
            Host is null
            || string.Equals(requestHost, Host, StringComparison.OrdinalIgnoreCase)
            || (!HostOnly && requestHost.EndsWith("." + Host, StringComparison.OrdinalIgnoreCase));
    }
}
