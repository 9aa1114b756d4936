namespace Jyotishika.Server.Tests.Golden.Cases;

/// <summary>
/// gRPC request bodies no generated client sends, given byte by byte (frame header: compressed flag, big-endian length):
/// bytes that are not protobuf, wrong wire types, strings that are not UTF-8, frames that lie about their length, two
/// messages for a unary call, gzip that is not gzip, and calls to methods the server does not have.
/// </summary>
internal static class MalformedGrpcCases
{
    /// <summary>The Pune ChartRequest (datetime, tz, latitude, longitude) as protobuf.</summary>
    private const string Pune =
        "0A13313939312D30332D32355430393A34363A3030120C417369612F4B6F6C6B61746121A1D634EF3885324029ED9E3C2CD4765240";

    public static IEnumerable<GoldenCase> All()
    {
        yield return Call.Framed("grpc-framed-pune", Call.ComputeChart, "0000000035" + Pune);
        yield return Call.Framed("grpc-framed-empty-message", Call.ComputeChart, "0000000000");
        yield return Call.Framed("grpc-framed-garbage", Call.ComputeChart, "0000000003FFFFFF");
        yield return Call.Framed("grpc-framed-truncated-varint", Call.ComputeChart, "00000000021880");
        yield return Call.Framed("grpc-framed-latitude-as-varint", Call.ComputeChart, "00000000022001");
        yield return Call.Framed("grpc-framed-string-not-utf8", Call.ComputeChart, "00000000040A02C328");
        yield return Call.Framed("grpc-framed-string-overruns", Call.ComputeChart, "00000000030A0541");
        yield return Call.Framed("grpc-framed-unknown-field", Call.ComputeChart, "0000000038" + Pune + "980601");
        yield return Call.Framed("grpc-framed-two-messages", Call.ComputeChart, "0000000035" + Pune + "0000000035" + Pune);
        yield return Call.Framed("grpc-framed-short-frame", Call.ComputeChart, "000000000A0A02");
        yield return Call.Framed("grpc-framed-no-frame", Call.ComputeChart, string.Empty);
        yield return Call.Framed("grpc-framed-not-gzip", Call.ComputeChart, "0100000003FFFFFF");

        // The Pune request gzipped (Python's gzip, mtime 0): a compressed request is answered like a plain one.
        yield return Call.Framed("grpc-framed-gzip", Call.ComputeChart,
            "01000000491F8B08000000000002FFE31236B4B434D43530D635320D31B0B43231B3323010E2712CCE4CD4F7CECFC94E2C4954"
            + "5C78CDE4BD45AB9183E6DB79363A57CA821C0004F218BB35000000");

        yield return Call.Framed("grpc-framed-garbage-dasha-stream", Call.StreamDasha, "0000000003FFFFFF");
        yield return Call.Framed("grpc-framed-not-utf8-profile", Call.CreateProfile, "00000000060A040A02C328");
        yield return Call.Framed("grpc-framed-garbage-places", Call.SearchPlaces, "0000000002FFFF");
        yield return Call.Framed("grpc-unknown-method", "jyotishika.v1.ChartService/ComputeHoroscope", "0000000000");
        yield return Call.Framed("grpc-unknown-service", "jyotishika.v1.TarotService/Draw", "0000000000");
        yield return Call.Framed("grpc-health-check", "grpc.health.v1.Health/Check", "0000000000");
    }
}
