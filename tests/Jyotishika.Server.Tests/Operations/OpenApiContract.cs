using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Json.Schema;

namespace Jyotishika.Server.Tests.Operations;

/// <summary>
/// A served /openapi.json read as a contract: which operation a request hits, and whether a JSON value fits the schema
/// the document declares for it, judged by a JSON Schema 2020-12 validator with formats asserted.
/// </summary>
internal sealed class OpenApiContract
{
    /// <summary>The document's mark for a response whose body is newline-delimited JSON objects (server streaming).</summary>
    public const string StreamExtension = "x-json-stream";

    private static readonly EvaluationOptions Strict = new() { OutputFormat = OutputFormat.List, RequireFormatValidation = true };

    private readonly JsonObject components;
    private readonly Dictionary<string, JsonSchema> built = [];

    public OpenApiContract(JsonObject document)
    {
        ArgumentNullException.ThrowIfNull(document);
        components = document["components"]?["schemas"]?.AsObject() ?? [];
        Operations =
        [
            .. from path in document["paths"]!.AsObject()
               from operation in path.Value!.AsObject()
               select new DocumentedOperation(operation.Key.ToUpperInvariant(), path.Key, operation.Value!.AsObject()),
        ];
    }

    public IReadOnlyList<DocumentedOperation> Operations { get; }

    public static async Task<OpenApiContract> FetchAsync(HttpClient client, Uri documentUrl)
    {
        ArgumentNullException.ThrowIfNull(client);
        var text = await client.GetStringAsync(documentUrl).ConfigureAwait(false);
        return new OpenApiContract(JsonNode.Parse(text)!.AsObject());
    }

    /// <summary>
    /// The documented operation a request hits: path templates matched segment by segment, a literal route
    /// (<c>/chart</c>) preferred to a templated one.
    /// </summary>
    public DocumentedOperation? Match(HttpMethod method, string path)
    {
        ArgumentNullException.ThrowIfNull(method);
        return Operations
            .Where(operation => operation.Method == method.Method && operation.Pattern.IsMatch(path))
            .OrderBy(operation => operation.Path.Count(letter => letter == '{'))
            .FirstOrDefault();
    }

    /// <summary>Where <paramref name="instance"/> breaks <paramref name="schema"/>; empty when it fits.</summary>
    public IReadOnlyList<string> Violations(JsonNode schema, JsonElement instance)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var results = Compile(schema).Evaluate(instance, Strict);
        if (results.IsValid)
        {
            return [];
        }

        return
        [
            .. (results.Details ?? [results])
                .Where(detail => detail.Errors is { Count: > 0 })
                .SelectMany(detail => detail.Errors!.Select(error =>
                    $"{detail.InstanceLocation} ({detail.EvaluationPath}): {error.Value}")),
        ];
    }

    private JsonSchema Compile(JsonNode schema)
    {
        var key = schema.ToJsonString();
        if (!built.TryGetValue(key, out var compiled))
        {
            var standalone = OpenApiSchemaConverter.Standalone(schema, components);
            using var json = JsonDocument.Parse(standalone.ToJsonString());

            // A registry of its own: every standalone schema carries the same $defs, which one shared registry would refuse.
            compiled = JsonSchema.Build(json.RootElement.Clone(), new BuildOptions { SchemaRegistry = new SchemaRegistry() });
            built[key] = compiled;
        }

        return compiled;
    }
}

/// <summary>One (method, path) of the document with the parts of its operation object the contract test reads.</summary>
internal sealed partial record DocumentedOperation(string Method, string Path, JsonObject Operation)
{
    public Regex Pattern { get; } = new(
        "^" + PathVariable().Replace(Regex.Escape(Path).Replace(@"\{", "{", StringComparison.Ordinal), "[^/]+") + "$",
        RegexOptions.CultureInvariant);

    public IEnumerable<JsonObject> Parameters => Operation["parameters"]?.AsArray().OfType<JsonObject>() ?? [];

    public JsonNode? RequestSchema => Operation["requestBody"]?["content"]?["application/json"]?["schema"];

    /// <summary>The response the document declares for <paramref name="status"/>: its own entry, else "default".</summary>
    public JsonObject? Response(int status) =>
        Operation["responses"]?[status.ToString(System.Globalization.CultureInfo.InvariantCulture)]?.AsObject()
        ?? Operation["responses"]?["default"]?.AsObject();

    public override string ToString() => $"{Method} {Path}";

    [GeneratedRegex(@"\{[^}]*\}")]
    private static partial Regex PathVariable();
}
