using System.Security.Cryptography;
using System.Text;

namespace Jyotishika.Engine.FastPath;

/// <summary>
/// The cache file: a versioned binary image of the fitted tables, read in one go. Coefficients are stored as zig-zag
/// varints in units of each lane's quantum (the builder rounds to the same quanta, so a loaded table equals the freshly
/// built one bit for bit); segment edges as varint steps between their IEEE bit patterns; holes without coefficients.
/// General-purpose compression gains only 15% on this (Brotli: 22 → 18.6 MB) at seconds of build time, so there is
/// none. A SHA-256 of the content guards against truncation and corruption; the key (library version, ephemeris file
/// hashes, fit parameters) guards against staleness. Any mismatch means "rebuild".
/// </summary>
internal static class FastEphemerisFile
{
    private const int FormatVersion = 2;
    private static readonly byte[] Magic = "JYFASTEP"u8.ToArray();

    internal static void Write(string path, string key, IReadOnlyList<FittedSeries> fitted, UtcConversion utc)
    {
        using var content = new MemoryStream();
        using (var writer = new BinaryWriter(content, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Magic);
            writer.Write(FormatVersion);
            writer.Write(key);
            writer.Write(fitted.Count);
            foreach (var series in fitted)
            {
                WriteSeries(writer, series);
            }

            writer.Write(utc.RunStarts.Length);
            foreach (var start in utc.RunStarts)
            {
                writer.Write(start);
            }

            foreach (var state in utc.RunStates)
            {
                writer.Write(state);
            }
        }

        var hash = SHA256.HashData(content.GetBuffer().AsSpan(0, (int)content.Length));
        content.Write(hash);

        var directory = Path.GetDirectoryName(path)!;
        Directory.CreateDirectory(directory);
        var temporary = Path.Combine(directory, $".{Path.GetFileName(path)}.{Environment.ProcessId}.tmp");
        using (var file = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            file.Write(content.GetBuffer().AsSpan(0, (int)content.Length));
        }

        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>The tables, or null when the file is missing, corrupt, of another format or for another key.</summary>
    internal static FastEphemerisTables? TryRead(string path, string key, IReadOnlyList<SeriesPlan> plans)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            var content = File.ReadAllBytes(path);

            if (content.Length < Magic.Length + 32)
            {
                return null;
            }

            var body = content.AsSpan(0, content.Length - 32);
            if (!SHA256.HashData(body).AsSpan().SequenceEqual(content.AsSpan(content.Length - 32)))
            {
                return null;
            }

            using var reader = new BinaryReader(new MemoryStream(content, 0, body.Length), Encoding.UTF8);
            if (!reader.ReadBytes(Magic.Length).AsSpan().SequenceEqual(Magic) || reader.ReadInt32() != FormatVersion
                || reader.ReadString() != key)
            {
                return null;
            }

            var count = reader.ReadInt32();
            if (count != plans.Count)
            {
                return null;
            }

            var fitted = new List<FittedSeries>(count);
            foreach (var plan in plans)
            {
                if (ReadSeries(reader, plan) is not { } series)
                {
                    return null;
                }

                fitted.Add(series);
            }

            var runs = reader.ReadInt32();
            var starts = new int[runs];
            var states = new int[runs];
            for (var i = 0; i < runs; i++)
            {
                starts[i] = reader.ReadInt32();
            }

            for (var i = 0; i < runs; i++)
            {
                states[i] = reader.ReadInt32();
            }

            return new FastEphemerisTables(fitted, new UtcConversion(starts, states));
        }
        catch (Exception exception) when (exception is IOException or InvalidDataException or EndOfStreamException
            or ArgumentException or InvalidOperationException or OverflowException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static void WriteSeries(BinaryWriter writer, FittedSeries series)
    {
        var plan = series.Plan;
        writer.Write(plan.Id);
        writer.Write(series.SegmentCount);
        writer.Write(series.Boundaries[0]);
        for (var i = 1; i < series.Boundaries.Length; i++)
        {
            WriteVarint(writer, BitConverter.DoubleToInt64Bits(series.Boundaries[i]) - BitConverter.DoubleToInt64Bits(series.Boundaries[i - 1]));
        }

        var holes = new byte[(series.SegmentCount + 7) / 8];
        for (var i = 0; i < series.SegmentCount; i++)
        {
            if (series.Holes[i])
            {
                holes[i / 8] |= (byte)(1 << (i % 8));
            }
        }

        writer.Write(holes);
        var perSegment = plan.StoredPerSegment;
        for (var s = 0; s < series.SegmentCount; s++)
        {
            if (series.Holes[s])
            {
                continue;
            }

            var offset = s * perSegment;
            for (var lane = 0; lane < plan.StoredLanes; lane++)
            {
                for (var j = 0; j <= plan.Degrees[lane]; j++)
                {
                    WriteVarint(writer, checked((long)Math.Round(series.Stored[offset++] / plan.Quanta[lane])));
                }
            }
        }
    }

    private static FittedSeries? ReadSeries(BinaryReader reader, SeriesPlan plan)
    {
        if (reader.ReadString() != plan.Id)
        {
            return null;
        }

        var segments = reader.ReadInt32();
        if (segments < 1 || segments > 50_000_000)
        {
            return null;
        }

        var boundaries = new double[segments + 1];
        boundaries[0] = reader.ReadDouble();
        for (var i = 1; i <= segments; i++)
        {
            boundaries[i] = BitConverter.Int64BitsToDouble(BitConverter.DoubleToInt64Bits(boundaries[i - 1]) + ReadVarint(reader));
        }

        var holeBits = reader.ReadBytes((segments + 7) / 8);
        var holes = new bool[segments];
        for (var i = 0; i < segments; i++)
        {
            holes[i] = (holeBits[i / 8] & (1 << (i % 8))) != 0;
        }

        var perSegment = plan.StoredPerSegment;
        var stored = new double[segments * perSegment];
        var index = 0;
        for (var s = 0; s < segments; s++)
        {
            if (holes[s])
            {
                index += perSegment;
                continue;
            }

            for (var lane = 0; lane < plan.StoredLanes; lane++)
            {
                var quantum = plan.Quanta[lane];
                for (var j = 0; j <= plan.Degrees[lane]; j++)
                {
                    stored[index++] = ReadVarint(reader) * quantum;
                }
            }
        }

        return new FittedSeries(plan, boundaries, holes, stored);
    }

    private static void WriteVarint(BinaryWriter writer, long value)
    {
        var zigzag = (ulong)((value << 1) ^ (value >> 63));
        while (zigzag >= 0x80)
        {
            writer.Write((byte)(zigzag | 0x80));
            zigzag >>= 7;
        }

        writer.Write((byte)zigzag);
    }

    private static long ReadVarint(BinaryReader reader)
    {
        ulong result = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            var b = reader.ReadByte();
            result |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return (long)(result >> 1) ^ -(long)(result & 1);
            }
        }

        throw new InvalidDataException("Varint too long.");
    }
}
