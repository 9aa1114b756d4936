using Jyotishika.Engine;
using Jyotishika.Engine.Time;

namespace Jyotishika.Server.Storage.Caching;

/// <summary>
/// Cache keys for chart responses: <c>jyotishika:chart:</c> + hex SHA-256 of the result version and the normalized input.
/// </summary>
/// <remarks>
/// The key is built from the engine's input as the request mapper normalized it (the resolved birth time, the place, the
/// settings with every default filled in, the vargas), not from the request's spelling. So <c>{}</c> and
/// <c>{"houseSystem":"WHOLE_SIGN"}</c>, or a <c>utcOffsetMinutes</c> that a <c>tz</c> overrides, share one entry, while
/// anything the answer depends on or echoes (even the local time's spelling) splits it. The input is written in one fixed
/// form: numbers little-endian at fixed width, doubles as their IEEE bits, enums as their numbers, strings as UTF-8 after
/// their byte count, and a flag before anything optional, so two different inputs never write the same bytes.
/// </remarks>
public sealed class ChartCacheKey
{
    public const string Prefix = RedisKeys.Chart;

    /// <summary>Raise when the key's layout changes; code changes are covered by the assembly ids in the version.</summary>
    /// <remarks>
    /// Hashed ahead of the input rather than shown in <see cref="Version"/>: saved charts store that text and profile
    /// answers echo it, so a new key layout must not make every saved chart look stale or change an answer.
    /// </remarks>
    private const int Layout = 3;

    /// <summary>The form of <see cref="Version"/>'s own text.</summary>
    private const int VersionFormat = 1;

    // Throws rather than writing U+FFFD for a lone surrogate, which would give two different strings one key.
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly byte[] version;

    public ChartCacheKey(string ephemeris)
    {
        ArgumentNullException.ThrowIfNull(ephemeris);

        // Deterministic builds give an assembly a new module id exactly when its code changes, so a deployment whose
        // engine or response mapping differs never serves entries written by another (they age out by their TTL).
        Version = string.Join(
            "; ",
            $"jyotishika-chart-cache/{VersionFormat}",
            ephemeris,
            $"engine {typeof(ChartEngine).Module.ModuleVersionId:N}",
            $"server {typeof(ChartCacheKey).Module.ModuleVersionId:N}");
        version = Encoding.UTF8.GetBytes(Version + "\n");
    }

    /// <summary>Everything besides the input that an answer depends on.</summary>
    public string Version { get; }

    public string For(ChartInput input, ResolvedBirthTime time, IEnumerable<int> vargas)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(vargas);

        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, StrictUtf8, leaveOpen: true))
        {
            writer.Write(Layout);
            WriteSettings(writer, input.Settings);
            // The instant the engine computes for; the echoed one (the same, as the mapper builds them) follows in the time.
            writer.Write(input.UtcInstant.Ticks);
            writer.Write(input.Latitude);
            writer.Write(input.Longitude);
            // A demand for the native library is its own entry: the fast path's answer may differ by 0.001″.
            writer.Write(input.Path == CalculationPath.Native);
            WriteTime(writer, time);
            var divisions = vargas.ToArray();
            writer.Write(divisions.Length);
            foreach (var division in divisions)
            {
                writer.Write(division);
            }
        }

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(version);
        hash.AppendData(buffer.GetBuffer(), 0, checked((int)buffer.Length));
        return Prefix + Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static void WriteSettings(BinaryWriter writer, ChartSettings settings)
    {
        writer.Write((int)settings.HouseSystem);
        writer.Write((int)settings.Ayanamsha);
        // Only a user-defined ayanamsha reads (and the answer only echoes) the user's epoch and value.
        var user = settings.Ayanamsha == Ayanamsha.UserDefined ? settings.UserAyanamsha : null;
        writer.Write(user is not null);
        if (user is not null)
        {
            writer.Write(user.ReferenceJulianDay);
            writer.Write(user.DegreesAtReference);
        }

        writer.Write((int)settings.NodeType);
        writer.Write((int)settings.PositionType);
        writer.Write(settings.IncludeOuterPlanets);
        writer.Write((int)settings.TimeScale);
        writer.Write((int)(settings.Preset ?? 0));
    }

    /// <summary>The fields the answer echoes; the Julian day is left out, being a function of the instant.</summary>
    private static void WriteTime(BinaryWriter writer, ResolvedBirthTime time)
    {
        writer.Write(time.Utc.Ticks);
        writer.Write(time.UtcOffsetSeconds);
        // The answer shows no zone as an empty one.
        WriteString(writer, time.TimeZoneId ?? string.Empty);
        writer.Write((int)time.Source);
        writer.Write(time.Ambiguous);
        WriteString(writer, time.LocalDateTime);
        writer.Write(time.FoldUsed.HasValue);
        if (time.FoldUsed is { } fold)
        {
            writer.Write((int)fold);
        }

        writer.Write(time.ShiftedFromGap);
        // Of an inference the answer shows only the nearest place; the inferred zone is the time's own zone.
        var nearest = time.Inference?.Nearest;
        writer.Write(nearest.HasValue);
        if (nearest is { } near)
        {
            WriteString(writer, near.Place.Name);
            WriteString(writer, near.Place.Region);
            WriteString(writer, near.Place.CountryCode);
            writer.Write(near.DistanceKm);
        }
    }

    private static void WriteString(BinaryWriter writer, string text)
    {
        var bytes = StrictUtf8.GetBytes(text);
        writer.Write(bytes.Length);
        writer.Write(bytes);
    }
}
