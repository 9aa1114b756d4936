using System.Net;
using System.Text.Json.Nodes;
using Jyotishika.Server.Tests.Infrastructure;

namespace Jyotishika.Server.Tests.Profiles;

/// <summary>A REST answer read to the end: status and body, with the body's JSON and error details at hand.</summary>
internal sealed record RestAnswer(HttpStatusCode Status, string Body)
{
    public JsonNode Json => JsonNode.Parse(Body)!;

    /// <summary>The google.rpc.Status code of an error body.</summary>
    public int Code => Json["code"]!.GetValue<int>();

    /// <summary>The fields an INVALID_ARGUMENT body names.</summary>
    public IReadOnlyList<string> ViolatedFields => RestErrors.ViolatedFields(Body);

    public override string ToString() => $"{(int)Status} {Body}";
}
