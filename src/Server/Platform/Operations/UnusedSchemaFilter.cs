namespace Jyotishika.Server.Platform.Operations;

/// <summary>
/// Drops component schemas no operation reaches. Swashbuckle keeps every schema it ever generated, so google.protobuf
/// Value, Struct, ListValue and their C# helper enums stayed listed after <see cref="ProtoJsonSchemaFilter"/> stopped
/// Any from pointing at them, inviting client generators to build types no answer contains.
/// </summary>
internal sealed class UnusedSchemaFilter : IDocumentFilter
{
    public void Apply(Microsoft.OpenApi.Models.OpenApiDocument swaggerDoc, DocumentFilterContext context)
    {
        ArgumentNullException.ThrowIfNull(swaggerDoc);
        var components = swaggerDoc.Components?.Schemas;
        if (components is null)
        {
            return;
        }

        var reached = new HashSet<string>();
        var pending = new Stack<OpenApiSchema>(swaggerDoc.Paths.Values.SelectMany(path => path.Operations.Values).SelectMany(Roots));
        while (pending.TryPop(out var schema))
        {
            var definition = schema;
            if (schema.Reference?.Id is { } id)
            {
                if (!reached.Add(id) || !components.TryGetValue(id, out definition))
                {
                    continue;
                }
            }

            foreach (var child in Children(definition))
            {
                pending.Push(child);
            }
        }

        foreach (var unused in components.Keys.Where(id => !reached.Contains(id)).ToList())
        {
            components.Remove(unused);
        }
    }

    private static IEnumerable<OpenApiSchema> Roots(OpenApiOperation operation) =>
        operation.Parameters.Select(parameter => parameter.Schema)
            .Concat(operation.RequestBody?.Content.Values.Select(media => media.Schema) ?? [])
            .Concat(operation.Responses.Values.SelectMany(response => response.Content.Values).Select(media => media.Schema))
            .OfType<OpenApiSchema>();

    private static IEnumerable<OpenApiSchema> Children(OpenApiSchema schema) =>
        schema.Properties.Values
            .Concat(schema.AllOf).Concat(schema.AnyOf).Concat(schema.OneOf)
            .Append(schema.Items).Append(schema.AdditionalProperties).Append(schema.Not)
            .OfType<OpenApiSchema>();
}
