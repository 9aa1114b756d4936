using Microsoft.Extensions.Primitives;

namespace Jyotishika.Server.Platform.Rest;

/// <summary>
/// Checks the query string of a transcoded call against its request message as the transcoder will bind it, so that
/// <c>?latitude=abc</c> is refused naming <c>latitude</c> rather than with the transcoder's own error text. Enum values
/// are read as in JSON bodies (<see cref="EnumNames"/>: with or without the prefix, or the number) and handed on in
/// the proto spelling, the only one the transcoder's query binding reads.
/// </summary>
public static class QueryShape
{
    /// <summary>What the query holds: the violations, and the query to hand on when an enum value was respelled.</summary>
    public readonly record struct Result(IReadOnlyList<InvalidField> Violations, QueryCollection? Respelled);

    /// <param name="query">The request's query string.</param>
    /// <param name="message">The request message.</param>
    /// <param name="isBound">
    /// Whether the transcoder binds a field (by its proto path, <c>settings.ayanamsha</c>) from the query string: not one
    /// the JSON body or the path holds. A parameter naming such a field would be ignored, or would override the path's
    /// value, so it is refused.
    /// </param>
    public static Result Check(IQueryCollection query, MessageDescriptor message, Func<string, bool> isBound)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(isBound);
        var violations = new RequestViolations();
        Dictionary<string, StringValues>? respelled = null;
        foreach (var (name, values) in query)
        {
            var (field, protoPath) = FindPath(message, name);
            if (field is null)
            {
                violations.Add(Shown(name), "is not a parameter of this request");
                continue;
            }

            if (!isBound(protoPath))
            {
                violations.Add(Shown(name), "is taken from the path or the JSON body of this route, not the query string");
                continue;
            }

            var path = JsonPath(name, field);
            if (!field.IsRepeated && values.Count > 1)
            {
                violations.Add(path, "appears more than once");
                continue;
            }

            var canonical = new string?[values.Count];
            var problem = (string?)null;
            for (var i = 0; i < values.Count && problem is null; i++)
            {
                (problem, canonical[i]) = Read(field, values[i] ?? string.Empty);
            }

            if (problem is not null)
            {
                violations.Add(path, problem);
            }
            else if (canonical.Any(value => value is not null))
            {
                respelled ??= query.ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal);
                respelled[name] = new StringValues(canonical.Select((value, i) => value ?? values[i]).ToArray());
            }
        }

        return new Result(violations.All, violations.Count == 0 && respelled is not null ? new QueryCollection(respelled) : null);
    }

    /// <summary>
    /// A parameter's field: a plain name, or a dotted path into nested messages (<c>settings.ayanamsha</c>), each segment
    /// the JSON or proto name exactly (the transcoder ignores any other spelling, so it must not pass unremarked).
    /// </summary>
    private static (FieldDescriptor? Field, string ProtoPath) FindPath(MessageDescriptor message, string name)
    {
        FieldDescriptor? field = null;
        var protoPath = new List<string>();
        foreach (var segment in name.Split('.'))
        {
            if (field is not null)
            {
                if (field.FieldType != FieldType.Message || field.IsRepeated)
                {
                    return (null, string.Empty);
                }

                message = field.MessageType;
            }

            field = message.Fields.InDeclarationOrder().FirstOrDefault(f => f.JsonName == segment)
                ?? message.FindFieldByName(segment);
            if (field is null)
            {
                return (null, string.Empty);
            }

            protoPath.Add(field.Name);
        }

        return (field, string.Join('.', protoPath));
    }

    /// <summary>The parameter's path with the last segment in its JSON spelling, as violations name fields.</summary>
    private static string JsonPath(string name, FieldDescriptor field)
    {
        var dot = name.LastIndexOf('.');
        return dot < 0 ? field.JsonName : name[..(dot + 1)] + field.JsonName;
    }

    /// <summary>An unknown parameter's name as a violation repeats it: at most 64 characters, controls replaced.</summary>
    private static string Shown(string name)
    {
        var shown = name.Length > 64 ? name[..64] + "…" : name;
        return string.Create(shown.Length, shown, (span, text) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = char.IsControl(text[i]) || char.IsSurrogate(text[i]) ? '?' : text[i];
            }
        });
    }

    /// <summary>The problem with one value (null when fine) and, for an enum, its proto spelling.</summary>
    private static (string? Problem, string? Canonical) Read(FieldDescriptor field, string text) => field.FieldType switch
    {
        FieldType.Double => (Finite(text, isSingle: false), null),
        FieldType.Float => (Finite(text, isSingle: true), null),
        FieldType.Int32 or FieldType.SInt32 or FieldType.SFixed32 => (Whole(int.TryParse(text, Integer, Invariant, out _)), null),
        FieldType.UInt32 or FieldType.Fixed32 => (Whole(uint.TryParse(text, Integer, Invariant, out _)), null),
        FieldType.Int64 or FieldType.SInt64 or FieldType.SFixed64 => (Whole(long.TryParse(text, Integer, Invariant, out _)), null),
        FieldType.UInt64 or FieldType.Fixed64 => (Whole(ulong.TryParse(text, Integer, Invariant, out _)), null),
        FieldType.Bool => (text is "true" or "false" ? null : "must be true or false", null),
        FieldType.String => (null, null),
        FieldType.Bytes => (RequestText.IsBase64(text) ? null : "must be a base64 string", null),
        FieldType.Enum => EnumNames.For(field.EnumType).Find(text) is { } value
            ? (null, value.Name == text ? null : value.Name)
            : (EnumNames.For(field.EnumType).Expected, null),
        FieldType.Message => (MessageProblem(field.MessageType, text), null),
        _ => ("is not accepted in a query string", null),
    };

    private static string? MessageProblem(MessageDescriptor message, string text)
    {
        if (WellKnownJson.WrappedField(message) is { } wrapped)
        {
            return Read(wrapped, text).Problem;
        }

        return message.FullName switch
        {
            // The transcoder takes any text as a field mask; the service judges the paths and names the bad one.
            "google.protobuf.FieldMask" => null,
            "google.protobuf.Timestamp" or "google.protobuf.Duration" => WellKnownJson.Check(JsonSerializer.Serialize(text), message),
            _ => "names a message; set its fields instead (name.field=value)",
        };
    }

    private static string? Finite(string text, bool isSingle) =>
        double.TryParse(text, NumberStyles.Float, Invariant, out var number) && double.IsFinite(number)
        && (!isSingle || float.IsFinite((float)number))
            ? null
            : "must be a finite number";

    private static string? Whole(bool parsed) => parsed ? null : "must be a whole number";

    private const NumberStyles Integer = NumberStyles.AllowLeadingSign;

    private static CultureInfo Invariant => CultureInfo.InvariantCulture;
}
