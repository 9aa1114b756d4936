namespace Jyotishika.Server.Platform.Rest;

/// <summary>
/// Checks a JSON request body against the protobuf message it will be transcoded into, so that a wrong type is
/// reported with the field that holds it (the transcoder itself only says the payload is malformed, or repeats its own
/// exception text). Everything it lets through the transcoder reads without an error: JSON numbers with integer
/// literals for 32-bit fields, numbers or numeric strings for 64-bit ones, any number for floating point, enum names
/// with or without their prefix or their numbers (<see cref="EnumNames"/>), valid base64 for bytes, text without lone
/// surrogate escapes, the well-known types in their protobuf JSON forms, and null for "not set".
/// </summary>
public static class JsonRequestShape
{
    private const string NotUnicode = "is not valid Unicode text (it holds a lone surrogate escape such as \\udc00)";

    public static IReadOnlyList<InvalidField> Check(JsonElement root, MessageDescriptor message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var violations = new RequestViolations();
        if (root.ValueKind != JsonValueKind.Object)
        {
            violations.Add("body", "must be a JSON object");
            return violations.All;
        }

        CheckMessage(root, message, prefix: string.Empty, violations);
        return violations.All;
    }

    private static void CheckMessage(JsonElement value, MessageDescriptor message, string prefix, RequestViolations violations)
    {
        var seen = new HashSet<int>();
        foreach (var property in value.EnumerateObject())
        {
            if (!TryGetName(property, out var name))
            {
                violations.Add(prefix.Length == 0 ? "body" : prefix.TrimEnd('.'), "has a property name that " + NotUnicode);
                continue;
            }

            var path = prefix + name;
            var field = FindField(message, name);
            if (field is null)
            {
                violations.Add(path, "is not a field of this request");
                continue;
            }

            path = prefix + field.JsonName;
            if (!seen.Add(field.FieldNumber))
            {
                violations.Add(path, "appears more than once");
                continue;
            }

            if (property.Value.ValueKind == JsonValueKind.Null)
            {
                // Null leaves a field unset, except a list: the transcoder cannot assign null to one.
                if (field.IsRepeated)
                {
                    violations.Add(path, "must be a JSON array (leave the field out for an empty list)");
                }

                continue;
            }

            if (field.IsMap)
            {
                // No request has a map today; refuse one rather than let the transcoder judge it unchecked.
                violations.Add(path, "is not accepted in a JSON body");
                continue;
            }

            if (field.IsRepeated)
            {
                if (property.Value.ValueKind != JsonValueKind.Array)
                {
                    violations.Add(path, "must be a JSON array");
                    continue;
                }

                var index = 0;
                foreach (var item in property.Value.EnumerateArray())
                {
                    var itemPath = $"{path}[{index++}]";
                    if (item.ValueKind == JsonValueKind.Null)
                    {
                        // The transcoder cannot add null to a repeated field.
                        violations.Add(itemPath, "must not be null");
                        continue;
                    }

                    CheckValue(item, field, itemPath, violations);
                }

                continue;
            }

            CheckValue(property.Value, field, path, violations);
        }
    }

    /// <summary>The field a JSON property names: JSON or proto name, any case (as the transcoder reads bodies).</summary>
    internal static FieldDescriptor? FindField(MessageDescriptor message, string name) =>
        message.Fields.InDeclarationOrder().FirstOrDefault(f =>
            string.Equals(f.JsonName, name, StringComparison.OrdinalIgnoreCase)
            || string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));

    private static void CheckValue(JsonElement value, FieldDescriptor field, string path, RequestViolations violations)
    {
        var problem = field.FieldType switch
        {
            FieldType.Double => CheckFloatingPoint(value, isSingle: false),
            FieldType.Float => CheckFloatingPoint(value, isSingle: true),
            FieldType.Int32 or FieldType.SInt32 or FieldType.SFixed32 =>
                value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out _) ? null : WholeNumber(int.MinValue, int.MaxValue),
            FieldType.UInt32 or FieldType.Fixed32 =>
                value.ValueKind == JsonValueKind.Number && value.TryGetUInt32(out _) ? null : WholeNumber(0, uint.MaxValue),
            FieldType.Int64 or FieldType.SInt64 or FieldType.SFixed64 => CheckInt64(value),
            FieldType.UInt64 or FieldType.Fixed64 => CheckUInt64(value),
            FieldType.Bool => value.ValueKind is JsonValueKind.True or JsonValueKind.False ? null : "must be true or false",
            FieldType.String => value.ValueKind != JsonValueKind.String ? "must be a string"
                : TryGetText(value, out _) ? null : NotUnicode,
            FieldType.Bytes => value.ValueKind == JsonValueKind.String && TryGetText(value, out var base64) && RequestText.IsBase64(base64)
                ? null
                : "must be a base64 string",
            FieldType.Enum => CheckEnum(value, field.EnumType),
            FieldType.Message => CheckNested(value, field.MessageType, path, violations),
            _ => "is not accepted in a JSON body",
        };
        if (problem is not null)
        {
            violations.Add(path, problem);
        }
    }

    private static string? CheckNested(JsonElement value, MessageDescriptor message, string path, RequestViolations violations)
    {
        if (WellKnownJson.WrappedField(message) is { } wrapped)
        {
            CheckValue(value, wrapped, path, violations);
            return null;
        }

        if (WellKnownJson.Handles(message))
        {
            return WellKnownJson.Check(value.GetRawText(), message);
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            return "must be a JSON object";
        }

        CheckMessage(value, message, path + ".", violations);
        return null;
    }

    private static string? CheckFloatingPoint(JsonElement value, bool isSingle)
    {
        const string Expected = "must be a finite number (a JSON number, not a string)";
        if (value.ValueKind != JsonValueKind.Number || !value.TryGetDouble(out var number) || !double.IsFinite(number))
        {
            return Expected;
        }

        return isSingle && !float.IsFinite((float)number) ? Expected : null;
    }

    private static string? CheckInt64(JsonElement value) =>
        value.ValueKind switch
        {
            JsonValueKind.Number when value.TryGetInt64(out _) => null,
            JsonValueKind.String when TryGetText(value, out var text)
                && long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out _) => null,
            _ => WholeNumber(long.MinValue, long.MaxValue),
        };

    private static string? CheckUInt64(JsonElement value) =>
        value.ValueKind switch
        {
            JsonValueKind.Number when value.TryGetUInt64(out _) => null,
            JsonValueKind.String when TryGetText(value, out var text)
                && ulong.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out _) => null,
            _ => WholeNumber(0, ulong.MaxValue),
        };

    private static string WholeNumber(decimal min, decimal max) => $"must be a whole number (a JSON number) from {min} to {max}";

    private static string? CheckEnum(JsonElement value, EnumDescriptor descriptor)
    {
        // Numbers come as JSON numbers here: transcoding's body reader takes no numeral strings, query strings only.
        var names = EnumNames.For(descriptor);
        return value.ValueKind switch
        {
            JsonValueKind.String => !TryGetText(value, out var name) ? NotUnicode
                : RequestText.IsNumeral(name) || names.Find(name) is null ? names.Expected
                : null,
            JsonValueKind.Number => value.TryGetInt32(out var number) && descriptor.FindValueByNumber(number) is not null
                ? null
                : names.Expected,
            _ => names.Expected,
        };
    }

    /// <summary>A string value unescaped, or false where an escape names half a surrogate pair (which .NET cannot transcode).</summary>
    private static bool TryGetText(JsonElement value, out string text)
    {
        try
        {
            text = value.GetString() ?? string.Empty;
            return true;
        }
        catch (InvalidOperationException)
        {
            text = string.Empty;
            return false;
        }
    }

    private static bool TryGetName(JsonProperty property, out string name)
    {
        try
        {
            name = property.Name;
            return true;
        }
        catch (InvalidOperationException)
        {
            name = string.Empty;
            return false;
        }
    }
}
