using System.Text;
using Google.Protobuf.Reflection;

namespace Jyotishika.Server.Tests.Fuzzing;

/// <summary>
/// Paths and query strings for a route: its {field} segments filled with hostile text, and parameters taken from the
/// request message's fields (dotted paths into nested messages too) with hostile values, unknown names, names that
/// stop at a message, repeated names and percent-encodings that decode to invalid UTF-8. Half the path ids are the
/// caller's own (ownIds), so that requests get past "not found".
/// </summary>
internal sealed class QueryFuzz(Random random, JsonFuzz values, IReadOnlyList<string> ownIds)
{
    private static readonly string[] PathSegments =
    [
        "00000000-0000-0000-0000-000000000000", "abc", "%ff", "%ed%a0%80", "%00", "..", "%2e%2e", "a%2Fb", "🙂", "x:y",
        new string('7', 300), "-1", "1e999",
    ];

    public string PathAndQuery(RestRoute route)
    {
        var path = new StringBuilder();
        foreach (var part in route.Pattern.Split('/'))
        {
            if (part.Length == 0)
            {
                continue;
            }

            path.Append('/');
            if (part.StartsWith('{'))
            {
                var close = part.IndexOf('}', StringComparison.Ordinal);
                var id = ownIds.Count > 0 && random.Next(2) == 0
                    ? ownIds[random.Next(ownIds.Count)]
                    : PathSegments[random.Next(PathSegments.Length)];
                path.Append(id).Append(part[(close + 1)..]);
            }
            else
            {
                path.Append(part);
            }
        }

        if (route.Body == "*" && random.Next(4) != 0)
        {
            return path.ToString();
        }

        var parameters = new List<string>();
        var fields = Parameters(route.Request, prefix: string.Empty, depth: 0).ToList();
        var count = random.Next(0, 6);
        for (var i = 0; i < count && fields.Count > 0; i++)
        {
            var (name, field) = fields[random.Next(fields.Count)];
            parameters.Add(Encode(name) + "=" + ValueText(field));
        }

        switch (random.Next(8))
        {
            case 0:
                parameters.Add("noSuchParameter=1");
                break;
            case 1:
                parameters.Add("%ff%fe=1");
                break;
            case 2 when fields.Count > 0:
                var (repeated, _) = fields[random.Next(fields.Count)];
                parameters.Add(Encode(repeated) + "=1");
                parameters.Add(Encode(repeated) + "=2");
                break;
            case 3:
                parameters.Add("settings=1");
                break;
        }

        return parameters.Count == 0 ? path.ToString() : path + "?" + string.Join('&', parameters);
    }

    private static IEnumerable<(string Name, FieldDescriptor Field)> Parameters(MessageDescriptor message, string prefix, int depth)
    {
        foreach (var field in message.Fields.InDeclarationOrder())
        {
            if (field.FieldType == FieldType.Message && field.MessageType.File.Package != "google.protobuf")
            {
                if (depth < 2 && !field.IsRepeated)
                {
                    foreach (var nested in Parameters(field.MessageType, prefix + field.JsonName + ".", depth + 1))
                    {
                        yield return nested;
                    }
                }

                continue;
            }

            yield return (prefix + field.JsonName, field);
        }
    }

    /// <summary>A value as a query string holds it: the JSON fuzz's text unquoted, or raw hostile percent-encodings.</summary>
    private string ValueText(FieldDescriptor field)
    {
        if (random.Next(6) == 0)
        {
            return new[] { "%ff", "%ed%a0%80", "%00", "%", "%zz", "+", "%20", "" }[random.Next(8)];
        }

        var json = values.Value(field);
        var text = json.Length >= 2 && json[0] == '"' && json[^1] == '"' ? json[1..^1] : json;
        return Encode(text.Replace("\\u", "u", StringComparison.Ordinal));
    }

    private static string Encode(string text) => Uri.EscapeDataString(text);
}
