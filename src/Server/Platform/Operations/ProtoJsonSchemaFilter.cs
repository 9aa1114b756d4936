using Google.Protobuf.WellKnownTypes;
using Microsoft.OpenApi.Any;

namespace Jyotishika.Server.Platform.Operations;

/// <summary>
/// Makes each schema say what the REST edge's JSON carries. Microsoft.AspNetCore.Grpc.Swagger 0.10 lists enum values by
/// their proto names whatever <c>RemoveEnumPrefix</c> says, gives Timestamps no format and describes Any's fields as the
/// C# shape of google.protobuf.Value. Enum names and int64 spelling are read from <see cref="JsonNames"/>, as the
/// response writer reads them (enum names from <see cref="EnumNames"/>), so the document cannot drift from the answers.
/// </summary>
internal sealed class ProtoJsonSchemaFilter(IOptions<GrpcJsonTranscodingOptions> transcoding) : ISchemaFilter
{
    /// <summary>Separates a note from the proto comment it follows.</summary>
    internal const string Paragraph = "\n\n";

    private readonly JsonNames names = new(transcoding.Value.JsonSettings);

    public void Apply(OpenApiSchema schema, SchemaFilterContext context)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(context);
        var type = context.Type;
        if (type.IsEnum && EnumNames.For(type) is { } enumNames)
        {
            DescribeEnum(schema, enumNames.Descriptor);
        }
        else if (type == typeof(Timestamp))
        {
            schema.Format = "date-time";
            schema.Description ??= "RFC 3339 in UTC (\"1991-03-25T04:16:00Z\"), with 0, 3, 6 or 9 fractional digits.";
        }
        else if (type == typeof(FieldMask))
        {
            schema.Description ??= "Field paths in lowerCamelCase, comma-separated (\"name,birth.ayanamsha\").";
        }
        else if ((type == typeof(long) || type == typeof(ulong)) && names.Int64sAsStrings)
        {
            // The proto3 JSON mapping lets 64-bit integers be strings, so values beyond 2^53 survive JavaScript.
            schema.Type = "string";
            schema.Pattern = "^-?[0-9]+$";
        }
        else if (type == typeof(Any))
        {
            DescribeAny(schema);
        }
    }

    /// <summary>What an enum schema adds to the enum's comment: how JSON bodies spell it, and what input also takes.</summary>
    internal static string EnumNote(EnumDescriptor type, JsonNames names)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(names);
        var example = type.Values.FirstOrDefault(value => value.Number != 0) ?? type.Values[0];
        if (names.EnumsAsIntegers)
        {
            return $"Written as numbers; on input the name ({example.Name}) is accepted too.";
        }

        var name = names.EnumValues(type)[example.Number].Value;
        return name == example.Name
            ? $"On input the number ({example.Number}) is accepted too."
            : $"Written without the type prefix ({name}); on input the prefixed name ({example.Name}) and the number " +
                $"({example.Number}) are accepted too.";
    }

    private void DescribeEnum(OpenApiSchema schema, EnumDescriptor type)
    {
        var written = names.EnumValues(type);
        if (names.EnumsAsIntegers)
        {
            schema.Type = "integer";
            schema.Format = "int32";
            schema.Enum = [.. written.Keys.Select(number => (IOpenApiAny)new OpenApiInteger(number))];
        }
        else
        {
            schema.Type = "string";
            schema.Format = null;
            schema.Enum = [.. written.Values.Select(name => (IOpenApiAny)new OpenApiString(name.Value))];
        }

        var note = EnumNote(type, names);
        schema.Description = string.IsNullOrEmpty(schema.Description) ? note : schema.Description + Paragraph + note;
    }

    /// <summary>
    /// proto3 JSON writes an Any as the packed message's own fields beside "@type"; Grpc.Swagger's shape (every extra
    /// property a google.protobuf.Value object) matches no real error detail.
    /// </summary>
    private static void DescribeAny(OpenApiSchema schema)
    {
        schema.AdditionalProperties = null;
        schema.AdditionalPropertiesAllowed = true;
        schema.Description = "A message of the type \"@type\" names, its JSON fields beside \"@type\". Error details are " +
            "google.rpc types: type.googleapis.com/google.rpc.BadRequest (fieldViolations naming the refused fields), " +
            "google.rpc.RequestInfo (requestId, the x-correlation-id header), google.rpc.ErrorInfo, google.rpc.RetryInfo and " +
            "the other google.rpc.error_details messages.";
    }
}
