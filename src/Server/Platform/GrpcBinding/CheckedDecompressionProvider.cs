using System.IO.Compression;
using Grpc.Net.Compression;

namespace Jyotishika.Server.Platform.GrpcBinding;

/// <summary>
/// A gRPC message compression (gzip, deflate) whose corrupt input is the caller's INVALID_ARGUMENT: grpc-dotnet inflates
/// a compressed request before any marshaller or interceptor sees it, so a bad stream was UNKNOWN with an Error and a
/// stack in the log. Compressing responses is the inner provider's, unchanged.
/// </summary>
internal sealed class CheckedDecompressionProvider(ICompressionProvider inner) : ICompressionProvider
{
    /// <summary>The encodings grpc-dotnet offers by default, each checked.</summary>
    public static IList<ICompressionProvider> Defaults() =>
    [
        new CheckedDecompressionProvider(new GzipCompressionProvider(CompressionLevel.Fastest)),
        new CheckedDecompressionProvider(new DeflateCompressionProvider(CompressionLevel.Fastest)),
    ];

    public string EncodingName => inner.EncodingName;

    public Stream CreateCompressionStream(Stream stream, CompressionLevel? compressionLevel) =>
        inner.CreateCompressionStream(stream, compressionLevel);

    public Stream CreateDecompressionStream(Stream stream) => new CheckedStream(inner.CreateDecompressionStream(stream), EncodingName);

    /// <summary>Reads through the inflater, turning its verdict on corrupt data into the caller's error.</summary>
    private sealed class CheckedStream(Stream inflater, string encoding) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            try
            {
                return inflater.Read(buffer);
            }
            catch (InvalidDataException)
            {
                throw RpcErrors.InvalidArgument("request", $"is not valid {encoding} data (grpc-encoding: {encoding})");
            }
        }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            try
            {
                return await inflater.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
            }
            catch (InvalidDataException)
            {
                throw RpcErrors.InvalidArgument("request", $"is not valid {encoding} data (grpc-encoding: {encoding})");
            }
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inflater.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
