namespace Jyotishika.Engine.Vargas;

/// <summary>
/// Divisional charts (vargas): maps a sidereal longitude to its sign and degree in the n-fold division of its sign.
/// Named vargas (<see cref="Varga"/>) use their own rule; every other n from 1 to <see cref="MaxDivision"/> is a
/// parivritti chart. Part boundaries are half-open with the same tiny snap as <see cref="Arc.Segment"/>: the part
/// index is taken from the zodiac-wide segment (L·12n/360), so D9 agrees exactly with <see cref="Jyotishika.Engine.Navamsa"/>.
/// </summary>
/// <remarks>
/// D81, D108 and D144 are parivritti (counted on from Aries through the zodiac). For D81 that is also the navamsa of
/// the navamsa, and it is PyJHora's default. For D108 and D144 PyJHora's default ("Traditional Parasara") is instead
/// a varga of a varga (D12 of D9, and D12 of D12), which BPHS does not describe; its parivritti option is what we use,
/// as neither rule is in a classical text we could cite. The two differ by the D9 (resp. D12) sign.
/// </remarks>
public static class DivisionalChart
{
    public const int MaxDivision = 300;

    private static readonly double JustBelowThirty = Math.BitDecrement(30.0);

    /// <summary>True when the division has its own rule (a member of <see cref="Varga"/>).</summary>
    public static bool IsNamed(int division) => Enum.IsDefined((Varga)division);

    /// <summary>The named varga's placement.</summary>
    public static VargaPlacement Of(double siderealLongitude, Varga varga)
    {
        if (!Enum.IsDefined(varga))
        {
            throw NotNamed(varga);
        }

        return Classical(Validated(siderealLongitude), varga);
    }

    /// <summary>
    /// Dn placement: the named varga's rule when n has one, otherwise parivritti. Pass a scheme to insist on one:
    /// <see cref="VargaScheme.Classical"/> rejects unnamed n, <see cref="VargaScheme.Parivritti"/> is cyclic for any n.
    /// </summary>
    /// <exception cref="InvalidInputException">n is outside 1..300, or Classical was asked for an unnamed n.</exception>
    public static VargaPlacement Of(double siderealLongitude, int division, VargaScheme? scheme = null)
    {
        ValidateDivision(division);
        var longitude = Validated(siderealLongitude);
        return (scheme ?? (IsNamed(division) ? VargaScheme.Classical : VargaScheme.Parivritti)) switch
        {
            VargaScheme.Classical when IsNamed(division) => Classical(longitude, (Varga)division),
            VargaScheme.Classical => throw new InvalidInputException(
                new InputProblem(InputPart.Varga, ProblemKind.NoClassicalRule) { Found = division }),
            VargaScheme.Parivritti => Cyclic(longitude, division),
            var other => throw new InvalidInputException(
                new InputProblem(InputPart.VargaScheme, ProblemKind.Unsupported) { Found = (int)other }),
        };
    }

    /// <summary>Parivritti Dn: sign = floor(L·n/30) mod 12, the n-fold division counted on from Aries.</summary>
    public static VargaPlacement Parivritti(double siderealLongitude, int division) =>
        Of(siderealLongitude, division, VargaScheme.Parivritti);

    /// <summary>The ascendant, then every graha in chart order, in the given divisional chart.</summary>
    public static IReadOnlyList<DivisionalPosition> For(Chart chart, int division, VargaScheme? scheme = null)
    {
        ArgumentNullException.ThrowIfNull(chart);
        ValidateDivision(division);
        var positions = new List<DivisionalPosition>(chart.Grahas.Count + 1)
        {
            new(null, Of(chart.Ascendant.Longitude, division, scheme)),
        };
        positions.AddRange(chart.Grahas.Select(g => new DivisionalPosition(g.Graha, Of(g.Longitude, division, scheme))));
        return positions;
    }

    /// <inheritdoc cref="For(Chart, int, VargaScheme?)"/>
    public static IReadOnlyList<DivisionalPosition> For(Chart chart, Varga varga) =>
        Enum.IsDefined(varga)
            ? For(chart, (int)varga, VargaScheme.Classical)
            : throw NotNamed(varga);

    /// <summary>Keeps a scaled degree inside [0°, 30°): a part's last representable offset times n can round to 30.</summary>
    internal static double BelowThirty(double degree) => degree >= 30.0 ? JustBelowThirty : degree;

    private static VargaPlacement Classical(double longitude, Varga varga)
    {
        if (varga == Varga.Trimsamsa)
        {
            var (sign, degree) = Trimsamsa.Of(Zodiac.SignOf(longitude), Zodiac.DegreeInSign(longitude));
            return new VargaPlacement((int)varga, VargaScheme.Classical, longitude, sign, degree);
        }

        var division = (int)varga;
        var segment = Arc.Segment(longitude, 12 * division);
        var vargaSign = VargaRules.SignOf(varga, segment / division, segment % division);
        return new VargaPlacement(division, VargaScheme.Classical, longitude, vargaSign, DegreeInPart(longitude, division));
    }

    private static VargaPlacement Cyclic(double longitude, int division) =>
        new(division, VargaScheme.Parivritti, longitude, Arc.Segment(longitude, 12 * division) % 12, DegreeInPart(longitude, division));

    /// <summary>(d·n) mod 30, computed from the segment offset so it restarts at 0 exactly where the part changes.</summary>
    private static double DegreeInPart(double longitude, int division) =>
        BelowThirty(Arc.OffsetInSegment(longitude, 12 * division) * division);

    private static void ValidateDivision(int division)
    {
        if (division is < 1 or > MaxDivision)
        {
            throw new InvalidInputException(
                new InputProblem(InputPart.Varga, ProblemKind.OutOfRange) { Limits = new(1, MaxDivision), Found = division });
        }
    }

    private static InvalidInputException NotNamed(Varga varga) =>
        new(new InputProblem(InputPart.Varga, ProblemKind.Unsupported) { Found = (int)varga });

    private static double Validated(double siderealLongitude) =>
        double.IsFinite(siderealLongitude)
            ? Arc.Normalize(siderealLongitude)
            : throw new ArgumentOutOfRangeException(nameof(siderealLongitude), siderealLongitude, "longitude must be finite");
}
