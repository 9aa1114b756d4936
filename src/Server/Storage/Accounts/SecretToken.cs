using System.Buffers.Text;

namespace Jyotishika.Server.Storage.Accounts;

/// <summary>Random opaque secrets (session ids, OAuth state, API tokens) and the hashes stored in their place.</summary>
public static class SecretToken
{
    /// <summary>256 random bits as 43 base64url characters.</summary>
    public static string New() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    /// <summary>True for strings <see cref="New"/> could have made; anything else is refused before any lookup.</summary>
    public static bool IsWellFormed(string? value) =>
        value is { Length: 43 } && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    /// <summary>SHA-256: the secrets are 256 random bits, so a fast hash is enough and a lookup by hash is exact.</summary>
    public static byte[] Hash(string secret) => SHA256.HashData(Encoding.ASCII.GetBytes(secret));

    public static string HashHex(string secret) => Convert.ToHexStringLower(Hash(secret));
}
