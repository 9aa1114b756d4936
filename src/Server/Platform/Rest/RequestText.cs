namespace Jyotishika.Server.Platform.Rest;

/// <summary>Small checks of request text shared by the JSON body and query string checks.</summary>
internal static class RequestText
{
    /// <summary>Base64 as protobuf JSON's bytes fields take it (Convert.FromBase64String's alphabet and padding).</summary>
    public static bool IsBase64(string text) => Convert.TryFromBase64String(text, new byte[text.Length], out _);

    /// <summary>An optionally signed run of ASCII digits: what an enum number looks like when it is sent as text.</summary>
    public static bool IsNumeral(string text)
    {
        var digits = text.StartsWith('-') ? text.AsSpan(1) : text.AsSpan();
        return digits.Length > 0 && !digits.ContainsAnyExceptInRange('0', '9');
    }
}
