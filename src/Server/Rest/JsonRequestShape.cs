using System.Globalization;
using System.Text.Json;
using Google.Protobuf.Reflection;
using Jyotishika.Engine;

namespace Jyotishika.Server.Rest;

/// <summary>
/// Checks a JSON request body against the protobuf message it will be transcoded into, so that a wrong type is
/// reported with the field that holds it (the transcoder itself only says the payload is malformed). It accepts what
/// the transcoder accepts: JSON numbers for 32-bit and floating-point fields (numeric strings only for 64-bit ones),
/// enum names with or without their prefix or their numbers, and null for "not set".
/// </summary>
public static class JsonRequestShape
{
    public static IReadOnlyList<InputViolation> Check(JsonElement root, MessageDescriptor message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var violations = new List<InputViolation>();
        if (root.ValueKind != JsonValueKind.Object)
        {
            violations.Add(new("body", "must be a JSON object"));
            return violations;
        }

        CheckMessage(root, message, prefix: string.Empty, violations);
        return violations;
    }

    private static void CheckMessage(JsonElement value, MessageDescriptor message, string prefix, List<InputViolation> violations)
    {
        var seen = new HashSet<int>();
        foreach (var property in value.EnumerateObject())
        {
            var path = prefix + property.Name;
            var field = FindField(message, property.Name);
            if (field is null)
            {
                violations.Add(new(path, "is not a field of this request"));
                continue;
            }

            path = prefix + field.JsonName;
            if (!seen.Add(field.FieldNumber))
            {
                violations.Add(new(path, "appears more than once"));
                continue;
            }
            if (property.Value.ValueKind == JsonValueKind.Null)
            {
                continue;
            }

            if (field.IsMap)
            {
                continue;
            }

            if (field.IsRepeated)
            {
                if (property.Value.ValueKind != JsonValueKind.Array)
                {
                    violations.Add(new(path, "must be a JSON array"));
                    continue;
                }

                var index = 0;
                foreach (var item in property.Value.EnumerateArray())
                {
                    CheckValue(item, field, $"{path}[{index++}]", violations);
                }

                continue;
            }

            CheckValue(property.Value, field, path, violations);
        }
    }

    /// <summary>The field a JSON property or query parameter names: JSON or proto name, any case (as the transcoder reads them).</summary>
    internal static FieldDescriptor? FindField(MessageDescriptor message, string name) =>
        message.Fields.InDeclarationOrder().FirstOrDefault(f =>
            string.Equals(f.JsonName, name, StringComparison.OrdinalIgnoreCase)
            || string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));

    private static void CheckValue(JsonElement value, FieldDescriptor field, string path, List<InputViolation> violations)
    {
        var problem = field.FieldType switch
        {
            FieldType.Double or FieldType.Float => CheckFloatingPoint(value),
            FieldType.Int32 or FieldType.SInt32 or FieldType.SFixed32 => CheckInteger(value, int.MinValue, int.MaxValue, false),
            FieldType.UInt32 or FieldType.Fixed32 => CheckInteger(value, 0, uint.MaxValue, false),
            FieldType.Int64 or FieldType.SInt64 or FieldType.SFixed64 => CheckInteger(value, long.MinValue, long.MaxValue, true),
            FieldType.UInt64 or FieldType.Fixed64 => CheckInteger(value, 0, ulong.MaxValue, true),
            FieldType.Bool => value.ValueKind is JsonValueKind.True or JsonValueKind.False ? null : "must be true or false",
            FieldType.String => value.ValueKind == JsonValueKind.String ? null : "must be a string",
            FieldType.Bytes => value.ValueKind == JsonValueKind.String ? null : "must be a base64 string",
            FieldType.Enum => CheckEnum(value, field.EnumType),
            FieldType.Message => CheckNested(value, field.MessageType, path, violations),
            _ => null,
        };
        if (problem is not null)
        {
            violations.Add(new(path, problem));
        }
    }

    private static string? CheckNested(JsonElement value, MessageDescriptor message, string path, List<InputViolation> violations)
    {
        // Well-known types have their own JSON forms (strings for Timestamp, any value for Value …): leave them to
        // the transcoder.
        if (message.File.Package == "google.protobuf")
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            return "must be a JSON object";
        }

        CheckMessage(value, message, path + ".", violations);
        return null;
    }

    private static string? CheckFloatingPoint(JsonElement value)
    {
        const string Expected = "must be a finite number (a JSON number, not a string)";
        return value.ValueKind == JsonValueKind.Number
            && double.TryParse(value.GetRawText(), NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            && double.IsFinite(number)
                ? null
                : Expected;
    }

    private static string? CheckInteger(JsonElement value, decimal min, decimal max, bool stringAllowed)
    {
        var expected = $"must be a whole number (a JSON number) from {min} to {max}";
        var text = value.ValueKind switch
        {
            JsonValueKind.Number => value.GetRawText(),
            JsonValueKind.String when stringAllowed => value.GetString(),
            _ => null,
        };
        return decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            && number == decimal.Truncate(number) && number >= min && number <= max
            ? null
            : expected;
    }

    private static string? CheckEnum(JsonElement value, EnumDescriptor descriptor)
    {
        var prefix = EnumPrefix(descriptor);
        var names = descriptor.Values.Where(v => v.Number != 0).Select(v => v.Name[prefix.Length..]).ToList();
        var expected = $"must be one of {string.Join(", ", names)}";
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                var name = value.GetString() ?? string.Empty;
                return descriptor.FindValueByName(name) is not null || descriptor.FindValueByName(prefix + name) is not null
                    ? null
                    : expected;
            case JsonValueKind.Number:
                return value.TryGetInt32(out var number) && descriptor.FindValueByNumber(number) is not null ? null : expected;
            default:
                return expected;
        }
    }

    /// <summary>The SCREAMING_SNAKE prefix protobuf style puts on enum values ("HOUSE_SYSTEM_" for HouseSystem).</summary>
    private static string EnumPrefix(EnumDescriptor descriptor)
    {
        var snake = string.Concat(descriptor.Name.Select((c, i) =>
            i > 0 && char.IsUpper(c) ? "_" + c : char.ToUpperInvariant(c).ToString()));
        return snake + "_";
    }
}
