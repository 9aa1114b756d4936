using System.Text.Json.Nodes;
using Google.Protobuf.Reflection;

namespace Jyotishika.Server.Tests.Golden;

/// <summary>
/// Lets a gRPC case be written in the JSON a REST caller sends: enum names without their prefix ("PLACIDUS") get it
/// back ("HOUSE_SYSTEM_PLACIDUS"), since Google.Protobuf's JSON parser knows only the full names. Anything else is
/// left for the parser to accept or refuse.
/// </summary>
internal static class ShortEnumNames
{
    public static JsonNode? Prefixed(JsonNode? json, MessageDescriptor message)
    {
        if (json is not JsonObject members || message.File.Package == "google.protobuf")
        {
            return json;
        }

        foreach (var (name, value) in members.ToList())
        {
            var field = message.Fields.InDeclarationOrder().FirstOrDefault(field => field.JsonName == name || field.Name == name);
            if (field is null || value is null)
            {
                continue;
            }

            var values = value is JsonArray array ? array.ToList() : [value];
            var replaced = values.Select(item => field.FieldType switch
            {
                FieldType.Enum => Prefixed(item, field.EnumType),
                FieldType.Message => Prefixed(item, field.MessageType),
                _ => item,
            }).ToList();
            members[name] = value is JsonArray ? new JsonArray([.. replaced.Select(item => item?.DeepClone())]) : replaced[0]?.DeepClone();
        }

        return members;
    }

    private static JsonNode? Prefixed(JsonNode? value, EnumDescriptor type)
    {
        var prefix = type.Values.Single(entry => entry.Number == 0).Name.Replace("UNSPECIFIED", string.Empty, StringComparison.Ordinal);
        return value is JsonValue text && text.TryGetValue<string>(out var name) && type.FindValueByName(prefix + name) is not null
            ? JsonValue.Create(prefix + name)
            : value;
    }
}
