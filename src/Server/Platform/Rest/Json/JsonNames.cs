using System.Collections.Concurrent;
using System.Text.Json;
using Google.Protobuf.Reflection;
using Microsoft.AspNetCore.Grpc.JsonTranscoding;

namespace Jyotishika.Server.Platform.Rest.Json;

/// <summary>The JSON spellings transcoding's settings choose: enum value names (with or without their type prefix), numbers.</summary>
internal sealed class JsonNames(GrpcJsonSettings settings)
{
    private readonly ConcurrentDictionary<EnumDescriptor, IReadOnlyDictionary<int, JsonEncodedText>> enums = new();

    public bool EnumsAsIntegers { get; } = settings.WriteEnumsAsIntegers;

    public bool Int64sAsStrings { get; } = settings.WriteInt64sAsStrings;

    public IReadOnlyDictionary<int, JsonEncodedText> EnumValues(EnumDescriptor type) =>
        enums.GetOrAdd(type, static (type, removePrefix) => Build(type, removePrefix), settings.RemoveEnumPrefix);

    private static Dictionary<int, JsonEncodedText> Build(EnumDescriptor type, bool removePrefix)
    {
        var names = new Dictionary<int, JsonEncodedText>();
        foreach (var value in type.Values)
        {
            // Aliases (allow_alias) share a number; the first declared name is the one JSON writes.
            names.TryAdd(value.Number, JsonEncodedText.Encode(removePrefix ? WithoutPrefix(type.Name, value.Name) : value.Name));
        }

        return names;
    }

    /// <summary>
    /// PLANET_SUN of enum Planet becomes SUN: the type name is matched against the value's start ignoring case and
    /// underscores. A name the prefix would leave empty or starting with a digit keeps its prefix.
    /// </summary>
    internal static string WithoutPrefix(string typeName, string valueName)
    {
        var position = 0;
        foreach (var letter in typeName)
        {
            if (letter == '_')
            {
                continue;
            }

            while (position < valueName.Length && valueName[position] == '_')
            {
                position++;
            }

            if (position >= valueName.Length || char.ToUpperInvariant(valueName[position]) != char.ToUpperInvariant(letter))
            {
                return valueName;
            }

            position++;
        }

        while (position < valueName.Length && valueName[position] == '_')
        {
            position++;
        }

        var rest = valueName[position..];
        return rest.Length == 0 || char.IsAsciiDigit(rest[0]) ? valueName : rest;
    }
}
