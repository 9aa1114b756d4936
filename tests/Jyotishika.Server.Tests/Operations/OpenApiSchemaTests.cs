using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Google.Protobuf.Reflection;
using Jyotishika.Server.Platform.Operations;
using Jyotishika.Server.Platform.Rest.Json;
using Jyotishika.Server.Tests.Infrastructure;

namespace Jyotishika.Server.Tests.Operations;

/// <summary>
/// The document's schemas are strict enough to mean something (a wrong enum spelling, an undeclared field or a malformed
/// instant is refused), and the contract holds only the well-known types the document knows how to describe.
/// </summary>
public sealed class OpenApiSchemaTests
{
    /// <summary>The well-known types the document's schema filter (ProtoJsonSchemaFilter) spells as JSON does.</summary>
    private static readonly string[] DescribedWellKnownTypes = ["google.protobuf.Timestamp", "google.protobuf.FieldMask"];

    [Test]
    public async Task A_chart_answer_fits_its_schema_until_an_enum_keeps_its_prefix_a_field_is_added_or_an_instant_is_malformed()
    {
        var contract = await OpenApiContract.FetchAsync(ServerFixture.Rest, new Uri("/openapi.json", UriKind.Relative));
        var schema = contract.Match(HttpMethod.Post, "/v1/chart")!.Response(200)!["content"]!["application/json"]!["schema"]!;
        using var content = new StringContent(ChartRequests.OlderSystemJson, Encoding.UTF8, "application/json");
        using var response = await ServerFixture.Rest.PostAsync(new Uri("/v1/chart", UriKind.Relative), content);
        var chart = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Multiple(() =>
        {
            Assert.That(Violations(contract, schema, chart), Is.Empty, "the real answer");
            Assert.That(Violations(contract, schema, Changed(chart, c => c["planets"]![0]!["planet"] = "PLANET_SUN")), Is.Not.Empty,
                "the proto name where answers write SUN");
            Assert.That(Violations(contract, schema, Changed(chart, c => c["settings"]!["houseSystem"] = 1)), Is.Not.Empty,
                "a number where answers write a name");
            Assert.That(Violations(contract, schema, Changed(chart, c => c["ascendant"]!["house"] = 1)), Is.Not.Empty,
                "a field ChartPoint does not have");
            Assert.That(Violations(contract, schema, Changed(chart, c => c["metadata"]!["time"]!["utc"] = "25/03/1991 04:16")),
                Is.Not.Empty, "an instant that is not RFC 3339");
        });
    }

    [Test]
    public void The_contract_uses_only_the_well_known_types_the_document_describes()
    {
        var used = TranscodingJsonSetup.ContractFiles
            .SelectMany(file => file.MessageTypes)
            .SelectMany(WithNested)
            .SelectMany(message => message.Fields.InDeclarationOrder())
            .Where(field => field.FieldType == FieldType.Message && field.MessageType.File.Package == "google.protobuf")
            .Select(field => field.MessageType.FullName)
            .Distinct();

        Assert.That(used, Is.SubsetOf(DescribedWellKnownTypes),
            "ProtoJsonSchemaFilter must learn how JSON spells a new well-known type (Struct, Duration, wrappers…) " +
            "before the contract uses it");
    }

    private static IReadOnlyList<string> Violations(OpenApiContract contract, JsonNode schema, JsonNode instance)
    {
        using var json = JsonDocument.Parse(instance.ToJsonString());
        return contract.Violations(schema, json.RootElement);
    }

    private static JsonNode Changed(JsonNode original, Action<JsonNode> change)
    {
        var copy = original.DeepClone();
        change(copy);
        return copy;
    }

    private static IEnumerable<MessageDescriptor> WithNested(MessageDescriptor message) =>
        message.NestedTypes.SelectMany(WithNested).Prepend(message);
}
