namespace Jyotishika.Server.Platform.Rest.Json;

/// <summary>
/// Puts the response writer into the serializer options transcoding builds. Those options are internal
/// (dotnet/aspnetcore#50401 asks for them to be public), so they are reached by name; if a package update renames them
/// the server refuses to start rather than silently losing the faster writer.
/// </summary>
internal static class TranscodingJsonSetup
{
    private static readonly string[] SerializerOptionProperties = ["UnarySerializerOptions", "ServerStreamingSerializerOptions"];

    /// <summary>The contract's files: every generated *Reflection class of the Jyotishika.V1 namespace.</summary>
    public static IReadOnlyList<FileDescriptor> ContractFiles { get; } = typeof(Jyotishika.V1.ChartRequest).Assembly.GetTypes()
        .Where(type => type.Namespace == "Jyotishika.V1" && type.Name.EndsWith("Reflection", StringComparison.Ordinal))
        .Select(type => (FileDescriptor)type.GetProperty("Descriptor", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!)
        .ToList();

    /// <summary>How REST spells messages: enum names without their type prefix, field names matched in any case.</summary>
    public static void ApplySettings(GrpcJsonTranscodingOptions transcoding)
    {
        ArgumentNullException.ThrowIfNull(transcoding);
        transcoding.JsonSettings.RemoveEnumPrefix = true;
        transcoding.JsonSettings.PropertyNameCaseInsensitive = true;
        transcoding.TypeRegistry = ErrorDetails.Types;
    }

    /// <summary>Runs after <see cref="ApplySettings"/> (and any other configuration), so the writer sees the final settings.</summary>
    public static void AddResponseWriter(GrpcJsonTranscodingOptions transcoding)
    {
        ArgumentNullException.ThrowIfNull(transcoding);
        var resolver = new ResponseJsonTypeInfoResolver(ContractFiles, new JsonNames(transcoding.JsonSettings));
        foreach (var options in SerializerOptions(transcoding))
        {
            options.TypeInfoResolverChain.Insert(0, resolver);
        }
    }

    /// <summary>Transcoding's unary and server-streaming serializer options.</summary>
    public static IEnumerable<JsonSerializerOptions> SerializerOptions(GrpcJsonTranscodingOptions transcoding)
    {
        foreach (var name in SerializerOptionProperties)
        {
            var property = typeof(GrpcJsonTranscodingOptions).GetProperty(name, BindingFlags.NonPublic | BindingFlags.Instance)
                ?? throw new InvalidOperationException(
                    $"Microsoft.AspNetCore.Grpc.JsonTranscoding no longer has GrpcJsonTranscodingOptions.{name}; " +
                    "update TranscodingJsonSetup.");
            yield return (JsonSerializerOptions)property.GetValue(transcoding)!;
        }
    }
}
