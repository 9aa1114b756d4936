using System.Globalization;
using Google.Protobuf.Reflection;
using Jyotishika.Engine;
using Microsoft.Extensions.Primitives;

namespace Jyotishika.Server.Rest;

/// <summary>
/// Checks the query string of a transcoded GET against its request message, so that <c>?latitude=abc</c> is refused
/// naming <c>latitude</c> rather than with the transcoder's generic error.
/// </summary>
public static class QueryShape
{
    public static IReadOnlyList<InputViolation> Check(IQueryCollection query, MessageDescriptor message)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(message);
        var violations = new List<InputViolation>();
        foreach (var (name, values) in query)
        {
            var field = FindPath(message, name);
            if (field is null)
            {
                violations.Add(new(name, "is not a parameter of this request"));
            }
            else if (!field.IsRepeated && values.Count > 1)
            {
                violations.Add(new(JsonPath(name, field), "appears more than once"));
            }
            else if (Problem(field, values) is { } problem)
            {
                violations.Add(new(JsonPath(name, field), problem));
            }
        }

        return violations;
    }

    /// <summary>
    /// A parameter's field: a plain name, or a dotted path into nested messages (<c>settings.ayanamsha</c>), as the
    /// transcoder binds them; null when any segment names no field or steps into something that is not a message.
    /// </summary>
    private static FieldDescriptor? FindPath(MessageDescriptor message, string name)
    {
        var segments = name.Split('.');
        FieldDescriptor? field = null;
        foreach (var segment in segments)
        {
            if (field is not null)
            {
                if (field.FieldType != FieldType.Message || field.IsRepeated)
                {
                    return null;
                }

                message = field.MessageType;
            }

            field = JsonRequestShape.FindField(message, segment);
            if (field is null)
            {
                return null;
            }
        }

        return field;
    }

    /// <summary>The parameter's path with the last segment in its JSON spelling, as violations name fields.</summary>
    private static string JsonPath(string name, FieldDescriptor field)
    {
        var dot = name.LastIndexOf('.');
        return dot < 0 ? field.JsonName : name[..(dot + 1)] + field.JsonName;
    }

    private static string? Problem(FieldDescriptor field, StringValues values)
    {
        foreach (var value in values)
        {
            var text = value ?? string.Empty;
            var problem = field.FieldType switch
            {
                FieldType.Double or FieldType.Float =>
                    double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number)
                        ? null
                        : "must be a finite number",
                FieldType.Int32 or FieldType.SInt32 or FieldType.SFixed32 =>
                    int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _) ? null : "must be a whole number",
                FieldType.Int64 or FieldType.SInt64 or FieldType.SFixed64 =>
                    long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _) ? null : "must be a whole number",
                FieldType.Bool => text is "true" or "false" ? null : "must be true or false",
                FieldType.Enum => field.EnumType.FindValueByName(text) is not null ? null : "is not one of the allowed values",
                _ => null,
            };
            if (problem is not null)
            {
                return problem;
            }
        }

        return null;
    }
}
