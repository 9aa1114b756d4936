using System.Globalization;
using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Text;

namespace Jyotishika.Engine.Places;

/// <summary>
/// Reads the gzip TSV written by scripts/build-places.sh: a <c>#countries</c> section (code, English name), a
/// <c>#fold</c> section (character, folded ASCII) and a <c>#places</c> section (geonameid, name, asciiname, country
/// code, region, latitude, longitude, population, timezone), in that order. Other lines starting with '#' are comments.
/// </summary>
internal static class PlaceFileReader
{
    private const int PlaceFieldCount = 9;

    private enum Section
    {
        None,
        Countries,
        Fold,
        Places,
    }

    // Runs once per process over 200,000 lines: fully optimized code from the start rather than tier-0 code.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static PlaceFileContents Read(string path)
    {
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8, detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16);
        var table = new PlaceTableBuilder();
        var folds = new Dictionary<char, string>();
        TextFolder? folder = null;
        SearchKeyBuilder? keys = null;
        var section = Section.None;
        var lineNumber = 0;
        Span<Range> fields = stackalloc Range[PlaceFieldCount + 1];
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.StartsWith('#'))
            {
                section = line switch
                {
                    "#countries" => Section.Countries,
                    "#fold" => Section.Fold,
                    "#places" => Section.Places,
                    _ => section,
                };
                continue;
            }

            var span = line.AsSpan();
            var count = span.Split(fields, '\t');
            switch (section)
            {
                case Section.Countries when count == 2:
                    table.AddCountry(span[fields[0]], span[fields[1]]);
                    break;
                case Section.Fold when count == 2 && span[fields[0]].Length == 1:
                    folds[span[fields[0]][0]] = span[fields[1]].ToString();
                    break;
                case Section.Places when count == PlaceFieldCount:
                    folder ??= new TextFolder(folds);
                    keys ??= new SearchKeyBuilder(folder);
                    keys.Add(table.Count, span[fields[1]], span[fields[2]]);
                    if (!TryAddPlace(table, span, fields))
                    {
                        throw Malformed(path, lineNumber, "bad place or unlisted country");
                    }

                    break;
                default:
                    throw Malformed(path, lineNumber, $"unexpected line in section {section}");
            }
        }

        if (folder is null || keys is null)
        {
            throw Malformed(path, lineNumber, "no places");
        }

        return new PlaceFileContents(table.Build(), keys.Build(), folder);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool TryAddPlace(PlaceTableBuilder table, ReadOnlySpan<char> line, ReadOnlySpan<Range> fields)
    {
        var invariant = CultureInfo.InvariantCulture;
        return long.TryParse(line[fields[0]], NumberStyles.None, invariant, out var id)
            && double.TryParse(line[fields[5]], NumberStyles.Float, invariant, out var latitude)
            && double.TryParse(line[fields[6]], NumberStyles.Float, invariant, out var longitude)
            && long.TryParse(line[fields[7]], NumberStyles.None, invariant, out var population)
            && latitude is >= -90 and <= 90
            && longitude is >= -180 and <= 180
            && table.TryAdd(id, line[fields[1]], line[fields[3]], line[fields[4]], latitude, longitude, population, line[fields[8]]);
    }

    private static InvalidDataException Malformed(string path, int lineNumber, string problem) =>
        new($"{path}:{lineNumber}: {problem}");
}
