using Microsoft.OpenApi;
using Microsoft.OpenApi.Extensions;
using Swashbuckle.AspNetCore.Swagger;

namespace Jyotishika.Server.Platform.Operations;

/// <summary>
/// <c>GET /openapi.json</c>: an OpenAPI 3 description of the REST edge, generated from the proto http rules the JSON
/// transcoding serves (Microsoft.AspNetCore.Grpc.Swagger on Swashbuckle), with the proto comments as descriptions and
/// the schemas corrected to the JSON the edge really reads and writes (<see cref="ProtoJsonSchemaFilter"/>,
/// <see cref="TranscodedOperationFilter"/>).
/// </summary>
public static class OpenApiDocument
{
    public const string Path = "/openapi.json";
    private const string DocumentName = "v1";

    public static void Configure(IServiceCollection services)
    {
        services.AddGrpcSwagger();
        services.AddSwaggerGen(swagger =>
        {
            swagger.SwaggerDoc(DocumentName, new OpenApiInfo
            {
                Title = "Jyotishika",
                Version = DocumentName,
                Description = "Vedic astrology calculations (charts and chart batches, vargas, dashas, panchang, places, " +
                    "ephemeris streams and event search) and accounts. " +
                    "The same operations are served over gRPC (package jyotishika.v1).",
                License = new OpenApiLicense { Name = "AGPL-3.0", Url = new Uri("https://www.gnu.org/licenses/agpl-3.0.html") },
            });

            // The proto comments, carried into the generated C# as XML documentation (GenerateDocumentationFile).
            var comments = System.IO.Path.Combine(AppContext.BaseDirectory, "Jyotishika.Server.xml");
            if (File.Exists(comments))
            {
                swagger.IncludeXmlComments(comments);
                swagger.IncludeGrpcXmlComments(comments, includeControllerXmlComments: true);
            }

            // After the comments, so the wire notes are appended to the proto comments rather than replaced by them.
            swagger.SchemaFilter<ProtoJsonSchemaFilter>();
            swagger.OperationFilter<TranscodedOperationFilter>();
            swagger.DocumentFilter<UnusedSchemaFilter>();
        });
        services.AddSingleton<OpenApiJson>();
    }

    public static void Map(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet(Path, (OpenApiJson document) => Results.Text(document.Json, "application/json"));
    }

    /// <summary>The routes are fixed once the server runs, so the document is generated once, on first request.</summary>
    internal sealed class OpenApiJson(ISwaggerProvider provider)
    {
        private readonly Lazy<string> json = new(() => provider.GetSwagger(DocumentName).SerializeAsJson(OpenApiSpecVersion.OpenApi3_0));

        public string Json => json.Value;
    }
}
