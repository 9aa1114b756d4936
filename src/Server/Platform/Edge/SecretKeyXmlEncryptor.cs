using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace Jyotishika.Server.Platform.Edge;

/// <summary>
/// Encrypts each Data Protection key before it is stored (in Redis, where every instance reads it): AES-256-GCM under a
/// key derived from SECRET_KEY by HKDF-SHA256, so the ring at rest is useless without SECRET_KEY. The element records
/// the scheme and a short fingerprint of the derived key, so a ring written under another SECRET_KEY is named as such.
/// </summary>
public sealed class SecretKeyXmlEncryptor(string secretKey) : IXmlEncryptor
{
    internal const string ElementName = "secretKeyEncrypted";
    internal const string Scheme = "hkdf-sha256/aes-256-gcm/v1";

    private readonly byte[] key = KeyRingKey.Derive(secretKey);

    public EncryptedXmlInfo Encrypt(XElement plaintextElement)
    {
        ArgumentNullException.ThrowIfNull(plaintextElement);
        var plaintext = Encoding.UTF8.GetBytes(plaintextElement.ToString(SaveOptions.DisableFormatting));
        var nonce = RandomNumberGenerator.GetBytes(AesGcm.NonceByteSizes.MaxSize);
        var ciphertext = new byte[plaintext.Length];
        var tag = new byte[AesGcm.TagByteSizes.MaxSize];
        using (var aes = new AesGcm(key, tag.Length))
        {
            aes.Encrypt(nonce, plaintext, ciphertext, tag);
        }

        CryptographicOperations.ZeroMemory(plaintext);
        var element = new XElement(ElementName,
            new XAttribute("scheme", Scheme),
            new XAttribute("keyFingerprint", KeyRingKey.Fingerprint(key)),
            new XElement("nonce", Convert.ToBase64String(nonce)),
            new XElement("tag", Convert.ToBase64String(tag)),
            new XElement("value", Convert.ToBase64String(ciphertext)));
        return new EncryptedXmlInfo(element, typeof(SecretKeyXmlDecryptor));
    }
}

/// <summary>The other half of <see cref="SecretKeyXmlEncryptor"/>; Data Protection creates it by type with the app's services.</summary>
public sealed class SecretKeyXmlDecryptor(IServiceProvider services) : IXmlDecryptor
{
    public XElement Decrypt(XElement encryptedElement)
    {
        ArgumentNullException.ThrowIfNull(encryptedElement);
        var key = KeyRingKey.Derive(services.GetRequiredService<Configuration.EdgeOptions>().SecretKey);
        if ((string?)encryptedElement.Attribute("scheme") != SecretKeyXmlEncryptor.Scheme)
        {
            throw new CryptographicException("A Data Protection key is encrypted by a scheme this server does not know.");
        }

        if ((string?)encryptedElement.Attribute("keyFingerprint") != KeyRingKey.Fingerprint(key))
        {
            // Said plainly, because it is what an operator did: the ring predates a SECRET_KEY rotation.
            throw new CryptographicException("A Data Protection key was encrypted under another SECRET_KEY; it cannot be read.");
        }

        var nonce = Convert.FromBase64String((string)encryptedElement.Element("nonce")!);
        var tag = Convert.FromBase64String((string)encryptedElement.Element("tag")!);
        var ciphertext = Convert.FromBase64String((string)encryptedElement.Element("value")!);
        var plaintext = new byte[ciphertext.Length];
        using (var aes = new AesGcm(key, tag.Length))
        {
            aes.Decrypt(nonce, ciphertext, tag, plaintext);
        }

        try
        {
            return XElement.Parse(Encoding.UTF8.GetString(plaintext));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(plaintext);
        }
    }
}

/// <summary>The key-ring encryption key from SECRET_KEY, and its public fingerprint.</summary>
internal static class KeyRingKey
{
    private static readonly byte[] Purpose = Encoding.UTF8.GetBytes("jyotishika data protection key ring");
    private static readonly byte[] FingerprintPurpose = Encoding.UTF8.GetBytes("fingerprint");

    internal static byte[] Derive(string secretKey) =>
        HKDF.DeriveKey(HashAlgorithmName.SHA256, Encoding.UTF8.GetBytes(secretKey), 32, salt: [], info: Purpose);

    /// <summary>Eight bytes of an HMAC under the key: tells keys apart, reveals nothing of them.</summary>
    internal static string Fingerprint(byte[] key) => Convert.ToHexString(HMACSHA256.HashData(key, FingerprintPurpose), 0, 8);
}
