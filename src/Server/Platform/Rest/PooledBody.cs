namespace Jyotishika.Server.Platform.Rest;

/// <summary>
/// A request body read into a rented buffer that starts at the declared length (or 4 KiB) and doubles up to the limit,
/// so a 200-byte chart request never costs a limit-sized buffer.
/// </summary>
internal sealed class PooledBody
{
    private const int UndeclaredStart = 4096;

    public byte[] Buffer { get; private set; } = [];

    public int Length { get; private set; }

    /// <summary>Reads the whole body; false (with what was read discarded) once it passes <paramref name="limit"/> bytes.</summary>
    public async Task<bool> ReadAsync(Stream body, int? declaredLength, int limit, CancellationToken cancellation)
    {
        Buffer = ArrayPool<byte>.Shared.Rent(Math.Min(limit, declaredLength ?? UndeclaredStart) + 1);
        while (true)
        {
            var read = await body.ReadAsync(Buffer.AsMemory(Length), cancellation).ConfigureAwait(false);
            if (read == 0)
            {
                return true;
            }

            Length += read;
            if (Length > limit)
            {
                Length = 0;
                return false;
            }

            if (Length == Buffer.Length)
            {
                var larger = ArrayPool<byte>.Shared.Rent(Math.Min(limit + 1, Buffer.Length * 2));
                Buffer.AsSpan(0, Length).CopyTo(larger);
                ArrayPool<byte>.Shared.Return(Buffer);
                Buffer = larger;
            }
        }
    }

    public void Release()
    {
        if (Buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(Buffer);
            Buffer = [];
        }
    }
}
