using System.Text;

namespace Jyotishika.Server.Tests.Golden;

/// <summary>
/// Bytes as golden-file lines. Clean UTF-8 text is written line by line behind a '|' (so the exact bytes, a final
/// newline included, can be read back and no line is blank or ends in whitespace that an editor would trim); anything
/// else (not UTF-8, control characters, a carriage return, trailing whitespace) as one base64 line.
/// </summary>
internal static class BodyText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static IEnumerable<string> Lines(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            return ["(empty)"];
        }

        return AsText(bytes) is { } text ? text.Split('\n').Select(line => "|" + line) : ["base64: " + Convert.ToBase64String(bytes)];
    }

    /// <summary>The bytes as text when they are clean UTF-8 lines; otherwise null.</summary>
    public static string? AsText(ReadOnlySpan<byte> bytes)
    {
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }

        var clean = !text.Any(c => char.IsControl(c) && c != '\n')
            && !text.Split('\n').Any(line => line.Length > 0 && char.IsWhiteSpace(line[^1]));
        return clean ? text : null;
    }
}
