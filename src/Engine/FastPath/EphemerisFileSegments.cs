using System.Buffers.Binary;

namespace Jyotishika.Engine.FastPath;

/// <summary>
/// The segment grids of the Swiss Ephemeris files, read from their headers (layout of sweph.c's read_const): each body's
/// Chebyshev segments start at tfstart + k·dseg (TT). The library's positions jump or kink by up to ~0.001″ where a new
/// segment starts, so the fast path's own segments must end exactly there.
/// </summary>
internal static class EphemerisFileSegments
{
    private const int EndianTest = 0x616263;

    /// <summary>Internal file body numbers (SEI_*): the Earth–Moon barycentre (0) shares its grid with the Sun's (10).</summary>
    internal const int EarthMoonBarycentre = 0;
    internal const int Moon = 1;
    internal const int SunBarycentre = 10;

    /// <summary>Grid (tfstart, dseg) per internal body number, from every 18-series file found; empty when unreadable.</summary>
    internal static IReadOnlyDictionary<int, (double Origin, double Step)> Read(string ephemerisPath)
    {
        var grids = new Dictionary<int, (double, double)>();
        foreach (var name in new[] { "sepl_18.se1", "semo_18.se1" })
        {
            var path = Path.Combine(ephemerisPath, name);
            if (File.Exists(path))
            {
                ReadFile(File.ReadAllBytes(path), grids);
            }
        }

        return grids;
    }

    private static void ReadFile(byte[] data, Dictionary<int, (double, double)> grids)
    {
        var position = 0;
        for (var line = 0; line < 3; line++)
        {
            var end = data.AsSpan(position).IndexOf("\r\n"u8);
            if (end < 0)
            {
                return;
            }

            position += end + 2;
        }

        var bytes = data.AsSpan();
        if (BinaryPrimitives.ReadInt32LittleEndian(bytes[position..]) != EndianTest)
        {
            return; // A byte-swapped file: no grids, the fit's own checks still guard it.
        }

        position += 12; // endian test, file length, DE number
        position += 16; // file start and end
        int count = BinaryPrimitives.ReadInt16LittleEndian(bytes[position..]);
        position += 2;
        var idSize = 2;
        if (count > 256)
        {
            idSize = 4;
            count %= 256;
        }

        var ids = new int[count];
        for (var i = 0; i < count; i++)
        {
            ids[i] = idSize == 2
                ? BinaryPrimitives.ReadInt16LittleEndian(bytes[position..])
                : BinaryPrimitives.ReadInt32LittleEndian(bytes[position..]);
            position += idSize;
        }

        position += 4;      // CRC
        position += 5 * 8;  // speed of light, AU, solar gravity, Earth/Moon mass ratio, Sun radius
        for (var i = 0; i < count; i++)
        {
            position += 4; // index position
            var flags = bytes[position];
            var coefficients = bytes[position + 1];
            position += 2 + 4; // flags, coefficient count, rmax
            var origin = BinaryPrimitives.ReadDoubleLittleEndian(bytes[position..]);
            var step = BinaryPrimitives.ReadDoubleLittleEndian(bytes[(position + 16)..]);
            position += 10 * 8;
            if ((flags & 4) != 0)
            {
                position += 2 * coefficients * 8; // reference ellipse
            }

            if (step > 0 && double.IsFinite(origin))
            {
                grids[ids[i]] = (origin, step);
            }
        }
    }
}
