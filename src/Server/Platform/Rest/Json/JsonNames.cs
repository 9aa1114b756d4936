namespace Jyotishika.Server.Platform.Rest.Json;

/// <summary>The JSON spellings transcoding's settings choose: enum value names (with or without their type prefix), numbers.</summary>
internal sealed class JsonNames(GrpcJsonSettings settings)
{
    private readonly bool removeEnumPrefix = settings.RemoveEnumPrefix;

    public bool EnumsAsIntegers { get; } = settings.WriteEnumsAsIntegers;

    public bool Int64sAsStrings { get; } = settings.WriteInt64sAsStrings;

    public IReadOnlyDictionary<int, JsonEncodedText> EnumValues(EnumDescriptor type) => EnumNames.For(type).Encoded(removeEnumPrefix);
}
