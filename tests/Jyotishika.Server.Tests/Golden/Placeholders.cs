using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Jyotishika.Server.Tests.Golden;

/// <summary>
/// The two-way map between values that differ on every run (ids, token secrets and prefixes, page tokens) and the
/// stable placeholders the golden files show instead. Requests are written with placeholders, which become the real
/// values when sent; answers get their real values replaced by the placeholders before they are compared.
/// </summary>
internal sealed partial class Placeholders
{
    private readonly Dictionary<string, string> realOf = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> placeholderOf = new(StringComparer.Ordinal);

    /// <summary>Values longest first, so that a secret is replaced before the prefix it starts with.</summary>
    private List<KeyValuePair<string, string>> byLength = [];

    public void Register(string placeholder, string real)
    {
        if (real.Length == 0 || realOf.ContainsKey(placeholder) || placeholderOf.ContainsKey(real))
        {
            throw new InvalidOperationException($"{placeholder} = '{real}' is empty or already registered");
        }

        realOf[placeholder] = real;
        placeholderOf[real] = placeholder;
        byLength = [.. placeholderOf.OrderByDescending(pair => pair.Key.Length).ThenBy(pair => pair.Key, StringComparer.Ordinal)];
    }

    /// <summary>
    /// The text with each known placeholder replaced by its real value. An unknown one is left as written when
    /// <paramref name="strict"/> is false (an earlier create that now fails shows as this request's refusal), and is an
    /// error when recording, so that no typo is ever recorded.
    /// </summary>
    public string ToReal(string text, bool strict)
    {
        var real = PlaceholderPattern().Replace(text, match => realOf.GetValueOrDefault(match.Value, match.Value));
        if (strict && PlaceholderPattern().Matches(real).FirstOrDefault(match => !realOf.ContainsKey(match.Value)) is { } unknown)
        {
            throw new InvalidOperationException($"No value for {unknown.Value} in '{text}': no earlier answer created it");
        }

        return real;
    }

    /// <summary>The text with every real value replaced by its placeholder.</summary>
    public string ToPlaceholders(string text)
    {
        foreach (var (real, placeholder) in byLength)
        {
            text = text.Replace(real, placeholder, StringComparison.Ordinal);
        }

        return text;
    }

    /// <summary>
    /// Learns the values an answer introduces: its <c>nextPageToken</c> (it encodes a row's creation time and id), as
    /// <c>&lt;{request}-next-page&gt;</c>, and when the request <paramref name="names"/> what it created, the first
    /// <c>id</c>, <c>secret</c> and <c>prefix</c> found (a CreateApiTokenResponse nests its id and prefix under <c>token</c>).
    /// </summary>
    public void Discover(JsonNode? answer, string request, string? names)
    {
        if (StringProperties(answer).FirstOrDefault(pair => pair.Property == "nextPageToken").Value is { Length: > 0 } next
            && !placeholderOf.ContainsKey(next))
        {
            Register($"<{request}-next-page>", next);
        }

        if (names is null)
        {
            return;
        }

        foreach (var (property, suffix) in new[] { ("id", string.Empty), ("secret", "-secret"), ("prefix", "-prefix") })
        {
            if (StringProperties(answer).FirstOrDefault(pair => pair.Property == property).Value is { Length: > 0 } value
                && !placeholderOf.ContainsKey(value))
            {
                Register($"<{names}{suffix}>", value);
            }
        }
    }

    /// <summary>Depth-first, each object's own properties before its children's.</summary>
    private static IEnumerable<(string Property, string Value)> StringProperties(JsonNode? node)
    {
        if (node is JsonObject json)
        {
            foreach (var (name, value) in json)
            {
                if (value is JsonValue leaf && leaf.TryGetValue<string>(out var text))
                {
                    yield return (name, text);
                }
            }

            foreach (var child in json.Select(pair => pair.Value).Where(value => value is JsonObject or JsonArray))
            {
                foreach (var found in StringProperties(child))
                {
                    yield return found;
                }
            }
        }
        else if (node is JsonArray array)
        {
            foreach (var found in array.SelectMany(StringProperties))
            {
                yield return found;
            }
        }
    }

    [GeneratedRegex("<[a-z0-9-]+>")]
    private static partial Regex PlaceholderPattern();
}
