using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Jyotishika.Server.Tests.Auth;
using Microsoft.AspNetCore.WebUtilities;

namespace Jyotishika.Server.Tests.Operations;

/// <summary>
/// Sends real requests to a signed-in site and holds each side to the document: the request's query parameters and
/// body to what the operation declares it accepts, the answer to the schema declared for its status. Mismatches are
/// collected rather than thrown, so one run names every route that disagrees; a wrong status stops the walk at once,
/// because the steps after it use what it should have created.
/// </summary>
internal sealed class ContractProbe(OpenApiContract contract, SignInSite site)
{
    private readonly List<string> mismatches = [];
    private readonly HashSet<DocumentedOperation> covered = [];

    public IReadOnlyList<string> Mismatches => mismatches;

    public IReadOnlyCollection<DocumentedOperation> Covered => covered;

    /// <summary>Sends one request and checks it and its answer; returns the answer's JSON (a stream's first object).</summary>
    public async Task<JsonNode?> SendAsync(
        TestBrowser browser, HttpMethod method, string url, string? json = null, HttpStatusCode expected = HttpStatusCode.OK)
    {
        ArgumentNullException.ThrowIfNull(method);
        var path = url.Split('?')[0];
        var operation = contract.Match(method, path);
        if (operation is null)
        {
            mismatches.Add($"{method} {path}: the document describes no such operation");
            return null;
        }

        covered.Add(operation);
        CheckQuery(operation, url);
        CheckBody(operation, json);

        using var response = await site.SendAsync(browser, method, url, json).ConfigureAwait(false);
        var body = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
        Assert.That(response.StatusCode, Is.EqualTo(expected), $"{method} {url} answered {body}");
        return CheckAnswer(operation, (int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, body);
    }

    private void CheckQuery(DocumentedOperation operation, string url)
    {
        var question = url.IndexOf('?', StringComparison.Ordinal);
        if (question < 0)
        {
            return;
        }

        foreach (var (name, values) in QueryHelpers.ParseQuery(url[question..]))
        {
            var declared = operation.Parameters.FirstOrDefault(parameter =>
                parameter["in"]?.GetValue<string>() == "query" && parameter["name"]?.GetValue<string>() == name);
            if (declared?["schema"] is not JsonObject schema)
            {
                mismatches.Add($"{operation}: sends query parameter {name}, which the document does not declare");
                continue;
            }

            // A repeated parameter is an array of its values; each value is checked against the item schema.
            var itemSchema = schema["type"]?.GetValue<string>() == "array" ? schema["items"]!.AsObject() : schema;
            foreach (var value in values)
            {
                var instance = QueryValue(value ?? string.Empty, itemSchema["type"]?.GetValue<string>());
                Report($"{operation} query {name}={value}", contract.Violations(itemSchema, instance));
            }
        }
    }

    private void CheckBody(DocumentedOperation operation, string? json)
    {
        if (json is null)
        {
            return;
        }

        if (operation.RequestSchema is not { } schema)
        {
            mismatches.Add($"{operation}: sends a JSON body, which the document does not declare");
            return;
        }

        using var body = JsonDocument.Parse(json);
        Report($"{operation} request body", contract.Violations(schema, body.RootElement));
    }

    private JsonNode? CheckAnswer(DocumentedOperation operation, int status, string? mediaType, string body)
    {
        var label = $"{operation} → {status}";
        var media = operation.Response(status)?["content"]?[mediaType ?? string.Empty];
        if (media?["schema"] is not { } schema)
        {
            mismatches.Add($"{label}: the document declares no {mediaType} answer for this status");
            return null;
        }

        // An image answer: its media type is declared, and its bytes are no JSON to check.
        if (schema["format"]?.GetValue<string>() == "binary")
        {
            return null;
        }

        // A server-streaming answer is one JSON object per line; everything else is a single JSON value.
        string[] values = media[OpenApiContract.StreamExtension] is null
            ? [body]
            : body.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (values.Length == 0)
        {
            mismatches.Add($"{label}: an empty stream, which shows nothing of its objects");
            return null;
        }

        JsonNode? first = null;
        for (var index = 0; index < values.Length; index++)
        {
            var where = values.Length == 1 ? label : $"{label} object {index}";
            using var value = Parse(where, values[index]);
            if (value is not null)
            {
                Report(where, contract.Violations(schema, value.RootElement));
                first ??= JsonNode.Parse(value.RootElement.GetRawText());
            }
        }

        return first;
    }

    /// <summary>The value, or null with a mismatch when the text is not one JSON value (a stream the document calls single).</summary>
    private JsonDocument? Parse(string label, string text)
    {
        try
        {
            return JsonDocument.Parse(text);
        }
        catch (JsonException error)
        {
            mismatches.Add($"{label}: not one JSON value as the document declares ({error.Message})");
            return null;
        }
    }

    private void Report(string label, IReadOnlyList<string> violations) =>
        mismatches.AddRange(violations.Select(violation => $"{label}: {violation}"));

    /// <summary>A query string value as the JSON value the parameter's schema types it as.</summary>
    private static JsonElement QueryValue(string value, string? type)
    {
        JsonNode? node = type switch
        {
            "integer" or "number" when decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) =>
                JsonValue.Create(number),
            "boolean" when bool.TryParse(value, out var flag) => JsonValue.Create(flag),
            _ => JsonValue.Create(value),
        };
        return JsonSerializer.SerializeToElement(node);
    }
}
