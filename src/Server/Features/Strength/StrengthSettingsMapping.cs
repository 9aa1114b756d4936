using Jyotishika.Engine.Ashtakavarga;
using Jyotishika.Engine.Aspects;
using Contract = Jyotishika.V1;

namespace Jyotishika.Server.Features.Strength;

/// <summary>The aspect and ashtakavarga conventions a request names, to the engine's options and back (defaults filled in).</summary>
public static class StrengthSettingsMapping
{
    public static GrahaAspectOptions ToEngine(Contract.AspectSettings? settings, RequestViolations violations)
    {
        ArgumentNullException.ThrowIfNull(violations);
        var defaults = GrahaAspectOptions.Default;
        return settings is null ? defaults : new GrahaAspectOptions
        {
            Nodes = settings.NodeAspects switch
            {
                Contract.NodeAspects.Unspecified => defaults.Nodes,
                Contract.NodeAspects.None => NodeAspects.None,
                Contract.NodeAspects.Seventh => NodeAspects.Seventh,
                Contract.NodeAspects.LikeJupiter => NodeAspects.LikeJupiter,
                _ => violations.Refuse("settings.nodeAspects", "must be NONE, SEVENTH or LIKE_JUPITER", defaults.Nodes),
            },
        };
    }

    // The contract's values are numbered as the engine's (NONE 1, SEVENTH 2, LIKE_JUPITER 3).
    public static Contract.AspectSettings ToContract(GrahaAspectOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new Contract.AspectSettings { NodeAspects = (Contract.NodeAspects)(int)options.Nodes };
    }

    public static AshtakavargaOptions ToEngine(Contract.AshtakavargaSettings? settings) =>
        settings is { HasSarvaIncludesAscendant: true }
            ? new AshtakavargaOptions { SarvaIncludesAscendant = settings.SarvaIncludesAscendant }
            : AshtakavargaOptions.Default;

    public static Contract.AshtakavargaSettings ToContract(AshtakavargaOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new Contract.AshtakavargaSettings { SarvaIncludesAscendant = options.SarvaIncludesAscendant };
    }
}
