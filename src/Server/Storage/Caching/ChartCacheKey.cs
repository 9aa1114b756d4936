using System.Security.Cryptography;
using System.Text;
using Google.Protobuf;
using Jyotishika.Engine;
using Jyotishika.Engine.Time;
using Jyotishika.Server.Features.Charts;
using Jyotishika.Server.Platform.Requests;
using Contract = Jyotishika.V1;

namespace Jyotishika.Server.Storage.Caching;

/// <summary>
/// Cache keys for chart responses: <c>jyotishika:chart:</c> + hex SHA-256 of the result version and the normalized input.
/// </summary>
/// <remarks>
/// The input is normalized by the request mapper itself: the key is built from what the engine and the response mapping
/// consume (the resolved birth time, the place, the settings with every default filled in, the vargas), not from the
/// request's spelling. So <c>{}</c> and <c>{"houseSystem":"WHOLE_SIGN"}</c>, or a <c>utcOffsetMinutes</c> that a
/// <c>tz</c> overrides, share one entry, while anything that shows in the answer (even the local time's spelling,
/// which is echoed) splits it. The bytes are the contract's own messages, which protobuf writes in field order.
/// </remarks>
public sealed class ChartCacheKey
{
    public const string Prefix = "jyotishika:chart:";

    /// <summary>Raise when the key's layout changes; code changes are covered by the assembly ids in the version.</summary>
    private const int Layout = 1;

    private readonly byte[] version;

    public ChartCacheKey(string ephemeris)
    {
        ArgumentNullException.ThrowIfNull(ephemeris);

        // Deterministic builds give an assembly a new module id exactly when its code changes, so a deployment whose
        // engine or response mapping differs never serves entries written by another (they age out by their TTL).
        Version = string.Join(
            "; ",
            $"jyotishika-chart-cache/{Layout}",
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

        // The part of a response that echoes its input; the Julian day is left out, being a function of the instant.
        var echo = new Contract.ChartResponse
        {
            Settings = ChartResponseMapper.ToContract(input.Settings),
            Metadata = new Contract.ChartMetadata
            {
                Time = BirthTimeMapping.ToContract(time, julianDayUt: 0),
                Latitude = input.Latitude,
                Longitude = input.Longitude,
                // A demand for the native library is its own entry: the fast path's answer may differ by 0.001″.
                CalculationPath = input.Path == CalculationPath.Native ? Contract.CalculationPath.Native : Contract.CalculationPath.Unspecified,
            },
        };
        echo.DivisionalCharts.AddRange(vargas.Select(division => new Contract.DivisionalChart { Division = division }));

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(version);
        hash.AppendData(echo.ToByteArray());
        return Prefix + Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
