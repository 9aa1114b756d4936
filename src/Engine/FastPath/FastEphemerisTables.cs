namespace Jyotishika.Engine.FastPath;

/// <summary>The fitted series in evaluation form, indexed for the chart: bodies by library number, ayanamshas by mode.</summary>
internal sealed class FastEphemerisTables
{
    internal FastEphemerisTables(IReadOnlyList<FittedSeries> fitted, UtcConversion utc)
    {
        Utc = utc;
        var all = new List<ChebyshevSeries>(fitted.Count);
        Bodies = new ChebyshevSeries?[12];
        Ayanamshas = new ChebyshevSeries?[(int)Ayanamsha.LahiriIcrc + 1];
        foreach (var series in fitted)
        {
            var evaluated = series.ToSeries();
            all.Add(evaluated);
            switch (series.Plan.Kind)
            {
                case SeriesKind.Body:
                    Bodies[series.Plan.Parameter] = evaluated;
                    break;
                case SeriesKind.Ayanamsha:
                    Ayanamshas[series.Plan.Parameter] = evaluated;
                    break;
                case SeriesKind.DeltaT:
                    DeltaT = evaluated;
                    break;
                case SeriesKind.Nutation:
                    Nutation = evaluated;
                    break;
                case SeriesKind.SiderealTime:
                    SiderealTime = evaluated;
                    break;
                default:
                    throw new InvalidOperationException($"Unknown series kind {series.Plan.Kind}");
            }
        }

        if (DeltaT is null || Nutation is null || SiderealTime is null)
        {
            throw new InvalidOperationException("The tables lack ΔT, nutation or sidereal time.");
        }

        Series = all;
    }

    /// <summary>Every series, in plan order (the fitted form is not kept: it would double the memory).</summary>
    internal IReadOnlyList<ChebyshevSeries> Series { get; }

    internal UtcConversion Utc { get; }

    /// <summary>Per library body number (0 Sun … 9 Pluto, 10 mean node, 11 true node).</summary>
    internal ChebyshevSeries?[] Bodies { get; }

    /// <summary>Mean ayanamsha and its rate per sidereal mode; null for modes answered natively.</summary>
    internal ChebyshevSeries?[] Ayanamshas { get; }

    internal ChebyshevSeries DeltaT { get; } = null!;

    internal ChebyshevSeries Nutation { get; } = null!;

    internal ChebyshevSeries SiderealTime { get; } = null!;

    /// <summary>Bytes held in memory.</summary>
    internal long MemoryBytes => Series.Sum(s => s.MemoryBytes);
}
