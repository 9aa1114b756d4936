using System.Text.Json.Nodes;

namespace Jyotishika.Server.Tests.Operations;

/// <summary>
/// Turns OpenAPI 3.0 schema objects into JSON Schema 2020-12, which a general validator understands. OpenAPI 3.0's
/// dialect differs in a few places: <c>nullable</c> instead of a null type, boolean <c>exclusiveMinimum</c>,
/// <c>$ref</c> siblings ignored, component references by document path, formats such as int32 that JSON Schema lacks.
/// </summary>
internal static class OpenApiSchemaConverter
{
    public const string Dialect = "https://json-schema.org/draft/2020-12/schema";
    private const string ComponentPrefix = "#/components/schemas/";

    /// <summary>OpenAPI-only keywords with no validation meaning in JSON Schema.</summary>
    private static readonly HashSet<string> Dropped = ["nullable", "discriminator", "xml", "externalDocs", "example"];

    /// <summary>
    /// A self-contained JSON Schema for <paramref name="schema"/>: the document's component schemas travel along as
    /// <c>$defs</c>, so references resolve without the OpenAPI document.
    /// </summary>
    public static JsonObject Standalone(JsonNode schema, JsonObject components)
    {
        ArgumentNullException.ThrowIfNull(components);
        var converted = Convert(schema) as JsonObject ?? new JsonObject { ["allOf"] = new JsonArray(Convert(schema)) };
        converted["$schema"] = Dialect;
        var defs = new JsonObject();
        foreach (var (name, component) in components)
        {
            defs[name] = Convert(component!);
        }

        converted["$defs"] = defs;
        return converted;
    }

    public static JsonNode Convert(JsonNode schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        if (schema is not JsonObject source)
        {
            // true / false schemas mean the same in both dialects.
            return schema.DeepClone();
        }

        if (source["$ref"]?.GetValue<string>() is { } reference)
        {
            // OpenAPI 3.0 ignores a reference's siblings; JSON Schema 2020-12 would apply them, so they are dropped.
            return new JsonObject { ["$ref"] = Reference(reference) };
        }

        var target = new JsonObject();
        foreach (var (keyword, value) in source)
        {
            if (value is null || keyword.StartsWith("x-", StringComparison.Ordinal) || Dropped.Contains(keyword))
            {
                continue;
            }

            target[keyword] = keyword switch
            {
                "properties" => Map((JsonObject)value, Convert),
                "items" or "additionalProperties" or "not" => Convert(value),
                "allOf" or "anyOf" or "oneOf" => new JsonArray([.. ((JsonArray)value).Select(item => Convert(item!))]),
                _ => value.DeepClone(),
            };
        }

        ConvertExclusiveBounds(target, "exclusiveMinimum", "minimum");
        ConvertExclusiveBounds(target, "exclusiveMaximum", "maximum");
        ConvertFormat(target);
        return source["nullable"]?.GetValue<bool>() == true ? AllowNull(target) : target;
    }

    private static string Reference(string reference) =>
        reference.StartsWith(ComponentPrefix, StringComparison.Ordinal)
            ? "#/$defs/" + reference[ComponentPrefix.Length..]
            : throw new NotSupportedException($"Only component schema references are expected, not {reference}.");

    private static JsonObject Map(JsonObject properties, Func<JsonNode, JsonNode> convert)
    {
        var mapped = new JsonObject();
        foreach (var (name, value) in properties)
        {
            mapped[name] = convert(value!);
        }

        return mapped;
    }

    /// <summary>OpenAPI 3.0 makes exclusiveMinimum a flag on minimum; 2020-12 makes it the bound itself.</summary>
    private static void ConvertExclusiveBounds(JsonObject schema, string exclusive, string inclusive)
    {
        if (schema[exclusive] is JsonValue flag && flag.TryGetValue<bool>(out var isExclusive))
        {
            schema.Remove(exclusive);
            if (isExclusive && schema[inclusive] is { } bound)
            {
                schema.Remove(inclusive);
                schema[exclusive] = bound.DeepClone();
            }
        }
    }

    /// <summary>
    /// OpenAPI's integer formats are ranges, checked as such; its number formats (float, double) have no JSON
    /// meaning and go. Formats JSON Schema defines (date-time) stay and are asserted by the validator.
    /// </summary>
    private static void ConvertFormat(JsonObject schema)
    {
        var format = schema["format"]?.GetValue<string>();
        (long Min, long Max)? range = format switch
        {
            "int32" => (int.MinValue, int.MaxValue),
            "int64" when schema["type"]?.GetValue<string>() == "integer" => (long.MinValue, long.MaxValue),
            _ => null,
        };
        if (range is { } bounds)
        {
            schema.Remove("format");
            schema["minimum"] ??= bounds.Min;
            schema["maximum"] ??= bounds.Max;
        }
        else if (format is "float" or "double" or "int64")
        {
            schema.Remove("format");
        }
    }

    private static JsonNode AllowNull(JsonObject schema)
    {
        if (schema["type"] is JsonValue type)
        {
            schema["type"] = new JsonArray(type.GetValue<string>(), "null");
            if (schema["enum"] is JsonArray values)
            {
                values.Add(null);
            }

            return schema;
        }

        return new JsonObject { ["anyOf"] = new JsonArray(new JsonObject { ["type"] = "null" }, schema) };
    }
}
