namespace Jyotishika.Server.Platform.Rest;

/// <summary>
/// The protobuf well-known types (Timestamp, Duration, FieldMask, Struct …) in a request: each has its own JSON form,
/// judged here by Google.Protobuf's own JSON parser, whose rules the transcoder's readers share.
/// </summary>
internal static class WellKnownJson
{
    public static bool Handles(MessageDescriptor message) => message.File.Package == "google.protobuf";

    /// <summary>Wrappers (Int32Value …) are written as their bare value, so they are checked as their "value" field.</summary>
    public static FieldDescriptor? WrappedField(MessageDescriptor message) =>
        message.File.Name == "google/protobuf/wrappers.proto" ? message.FindFieldByName("value") : null;

    /// <summary>Null when <paramref name="json"/> is a valid JSON form of <paramref name="message"/>; otherwise what it must be.</summary>
    public static string? Check(string json, MessageDescriptor message)
    {
        try
        {
            JsonParser.Default.Parse(json, message);
            return null;
        }
        catch (Exception failure) when (failure is InvalidProtocolBufferException or InvalidJsonException or FormatException
            or InvalidOperationException or ArgumentException or OverflowException)
        {
            return Expected(message);
        }
    }

    public static string Expected(MessageDescriptor message) => message.FullName switch
    {
        "google.protobuf.Timestamp" => "must be an RFC 3339 instant such as \"2026-01-01T00:00:00Z\"",
        "google.protobuf.Duration" => "must be a duration in seconds such as \"1.5s\"",
        "google.protobuf.FieldMask" => "must be a comma-separated list of field names such as \"name,birth.ayanamsha\"",
        _ => $"must be the JSON form of {message.FullName}",
    };
}
