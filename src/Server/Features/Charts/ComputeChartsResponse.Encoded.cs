namespace Jyotishika.V1;

/// <summary>
/// A batch answer whose results were encoded as they were computed. On the wire a message's unknown fields are written
/// after its known ones, exactly as read; with <c>results</c> left empty and the encoded <c>results</c> entries held as
/// unknown fields, the bytes are those of the same message built from objects. The batch then keeps one buffer per
/// result instead of ~40 objects per chart alive until the end of the call, and encodes on every core instead of one.
/// Only the protobuf wire form carries these results: JSON sees none.
/// </summary>
public sealed partial class ComputeChartsResponse
{
    /// <summary>The <c>results</c> field's tag: field 1, length-delimited.</summary>
    internal static uint ResultsTag { get; } = WireFormat.MakeTag(ResultsFieldNumber, WireFormat.WireType.LengthDelimited);

    /// <summary>
    /// The answer whose results are <paramref name="encodedResults"/> in order, each one <c>results</c> field (tag,
    /// length, message) as <see cref="Jyotishika.Server.Features.Charts.ChartResultEncoding"/> writes it.
    /// </summary>
    internal static ComputeChartsResponse FromResultFields(IReadOnlyList<byte[]> encodedResults)
    {
        UnknownFieldSet? fields = null;
        foreach (var encoded in encodedResults)
        {
            var input = new CodedInputStream(encoded);
            var tag = input.ReadTag();
            if (tag != ResultsTag)
            {
                throw new ArgumentException($"Expected a results field (tag {ResultsTag}); found tag {tag}.", nameof(encodedResults));
            }

            fields = UnknownFieldSet.MergeFieldFrom(fields, input);
            if (!input.IsAtEnd)
            {
                throw new ArgumentException("Expected one results field per item.", nameof(encodedResults));
            }
        }

        return new ComputeChartsResponse { _unknownFields = fields };
    }
}
