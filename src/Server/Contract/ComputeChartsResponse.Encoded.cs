using Google.Protobuf;

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

    /// <summary>Reads a run of encoded <c>results</c> fields (the first <paramref name="length"/> bytes) as unknown fields.</summary>
    internal static UnknownFieldSet? ReadResultFields(byte[] encoded, int length)
    {
        UnknownFieldSet? fields = null;
        var input = new CodedInputStream(encoded, 0, length);
        uint tag;
        while ((tag = input.ReadTag()) != 0)
        {
            if (tag != ResultsTag)
            {
                throw new ArgumentException($"Expected only results fields (tag {ResultsTag}); found tag {tag}.", nameof(encoded));
            }

            fields = UnknownFieldSet.MergeFieldFrom(fields, input);
        }

        return fields;
    }

    /// <summary>The answer whose results are the runs of <see cref="ReadResultFields"/>, in order.</summary>
    internal static ComputeChartsResponse FromResultFields(IEnumerable<UnknownFieldSet?> runs)
    {
        var response = new ComputeChartsResponse();
        foreach (var run in runs)
        {
            response._unknownFields = UnknownFieldSet.MergeFrom(response._unknownFields, run);
        }

        return response;
    }
}
