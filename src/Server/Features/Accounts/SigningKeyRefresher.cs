using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace Jyotishika.Server.Features.Accounts;

/// <summary>
/// Resolves the key an ID token names. Known key ids come from the handler's cached JWKS with no fetch. An unknown key
/// id (the issuer rotated) triggers one fresh fetch before the token is judged, so the first login after a rotation
/// succeeds. Such fetches are spaced at least <see cref="MinimumInterval"/> apart, so forged key ids cannot hammer the
/// issuer.
/// </summary>
/// <remarks>
/// The handler's own refresh (IdentityModel 8) runs in the background and only helps a later login; the resolver
/// callback is synchronous, hence the bounded blocking fetch, which happens only at a rotation.
/// </remarks>
public sealed class SigningKeyRefresher(string metadataAddress, HttpClient backchannel, bool requireHttps, TimeProvider time)
{
    public static readonly TimeSpan MinimumInterval = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan FetchTimeout = TimeSpan.FromSeconds(10);

    private readonly Lock gate = new();
    private IReadOnlyList<SecurityKey> fetchedKeys = [];
    private DateTimeOffset lastFetch = DateTimeOffset.MinValue;

    public IEnumerable<SecurityKey> Resolve(string token, SecurityToken securityToken, string kid, TokenValidationParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        if (string.IsNullOrEmpty(kid))
        {
            return [];
        }

        var cached = parameters.ConfigurationManager?.GetBaseConfigurationAsync(CancellationToken.None).GetAwaiter().GetResult()?.SigningKeys;
        var known = Matching([.. cached ?? [], .. parameters.IssuerSigningKeys ?? [], .. Volatile.Read(ref fetchedKeys)], kid);
        if (known.Count > 0)
        {
            return known;
        }

        lock (gate)
        {
            known = Matching(fetchedKeys, kid);
            if (known.Count > 0 || time.GetUtcNow() - lastFetch < MinimumInterval)
            {
                return known;
            }

            lastFetch = time.GetUtcNow();
            using var timeout = new CancellationTokenSource(FetchTimeout);
            var retriever = new HttpDocumentRetriever(backchannel) { RequireHttps = requireHttps };
            var fresh = OpenIdConnectConfigurationRetriever.GetAsync(metadataAddress, retriever, timeout.Token).GetAwaiter().GetResult();
            Volatile.Write(ref fetchedKeys, [.. fresh.SigningKeys]);
            return Matching(fetchedKeys, kid);
        }
    }

    private static List<SecurityKey> Matching(IEnumerable<SecurityKey> keys, string kid) =>
        [.. keys.Where(key => string.Equals(key.KeyId, kid, StringComparison.Ordinal))];
}
