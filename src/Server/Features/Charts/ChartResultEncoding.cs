using Contract = Jyotishika.V1;

namespace Jyotishika.Server.Features.Charts;

/// <summary>
/// One batch result as a <c>results</c> field of ComputeChartsResponse, in one sizing pass. The generated encoder
/// sizes every nested message again at each level it passes through (a planet three times for one result); here the
/// chart is written first into a scratch buffer and its length taken from what was written, so each planet, cusp and
/// point is sized once. The bytes are the generated encoder's: ChartBatchTests compares them.
/// </summary>
internal static class ChartResultEncoding
{
    private const int StatusField = Contract.ChartResult.StatusFieldNumber;
    private const int ChartField = Contract.ChartResult.ChartFieldNumber;

    /// <summary>Far above a chart with every varga (~20 KB); larger charts fall back to the generated encoder.</summary>
    private const int ScratchBytes = 64 * 1024;

    public static byte[] AsResultsField(Contract.ChartResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var scratch = ArrayPool<byte>.Shared.Rent(ScratchBytes);
        try
        {
            var chartLength = -1;
            if (result.Chart is { } chart)
            {
                var chartOutput = new CodedOutputStream(scratch);
                try
                {
                    chart.WriteTo(chartOutput);
                    chartLength = (int)chartOutput.Position;
                }
                catch (CodedOutputStream.OutOfSpaceException)
                {
                    return WithGeneratedEncoder(result);
                }
            }

            var statusLength = result.Status?.CalculateSize() ?? -1;
            var body = FieldSize(StatusField, statusLength) + FieldSize(ChartField, chartLength);
            var tag = Contract.ComputeChartsResponse.ResultsTag;
            var bytes = GC.AllocateUninitializedArray<byte>(
                CodedOutputStream.ComputeRawVarint32Size(tag) + CodedOutputStream.ComputeLengthSize(body) + body);
            var output = new CodedOutputStream(bytes);
            output.WriteTag(tag);
            output.WriteLength(body);

            // Field order and presence as ChartResult's generated WriteTo: status, then chart, each only when set.
            if (result.Status is { } status)
            {
                output.WriteTag(StatusField, WireFormat.WireType.LengthDelimited);
                output.WriteMessage(status);
            }

            if (chartLength >= 0)
            {
                output.WriteTag(ChartField, WireFormat.WireType.LengthDelimited);
                output.WriteLength(chartLength);
                output.Flush();
                scratch.AsSpan(0, chartLength).CopyTo(bytes.AsSpan((int)output.Position));
                return (int)output.Position + chartLength == bytes.Length
                    ? bytes
                    : throw new InvalidOperationException("A batch result was sized wrongly.");
            }

            output.CheckNoSpaceLeft();
            return bytes;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(scratch);
        }
    }

    private static int FieldSize(int field, int length) =>
        length < 0 ? 0 : CodedOutputStream.ComputeTagSize(field) + CodedOutputStream.ComputeLengthSize(length) + length;

    private static byte[] WithGeneratedEncoder(Contract.ChartResult result)
    {
        var size = result.CalculateSize();
        var tag = Contract.ComputeChartsResponse.ResultsTag;
        var bytes = new byte[CodedOutputStream.ComputeRawVarint32Size(tag) + CodedOutputStream.ComputeLengthSize(size) + size];
        var output = new CodedOutputStream(bytes);
        output.WriteTag(tag);
        output.WriteLength(size);
        result.WriteTo(output);
        output.CheckNoSpaceLeft();
        return bytes;
    }
}
