using Jyotishika.Engine.Analysis;
using Jyotishika.Engine.Jaimini;

namespace Jyotishika.Engine.Dasha.Chara;

/// <summary>Jaimini's Chara dasha (signs as lords) and Moola dasha (grahas as lords), read from the rasi chart.</summary>
public static class CharaDashas
{
    public static IDashaTree Chara(Chart chart, CharaMethod method) => Chara(SignChart.Of(chart), method);

    /// <summary>
    /// Twelve signs from the lagna, forward when the lagna's 9th is odd-footed and backward otherwise (both books), each with
    /// <see cref="CharaYears"/>; a second cycle of 12 less each follows, so the periods cover 144 years.
    /// </summary>
    public static IDashaTree Chara(SignChart chart, CharaMethod method)
    {
        ArgumentNullException.ThrowIfNull(chart);
        if (!Enum.IsDefined(method))
        {
            throw new ArgumentOutOfRangeException(nameof(method), method, "Unknown Chara dasha method");
        }

        var lagna = chart.AscendantSign;
        var forward = Footedness.RunsForwardFrom(lagna);
        var signs = Enumerable.Range(1, 12).Select(house => Footedness.SignAt(lagna, house, forward)).ToList();
        var years = signs.Select(sign => CharaYears.Of(chart, sign, method)).ToList();
        Func<int, IReadOnlyList<int>> subOrder = method == CharaMethod.KnRao
            ? KnRaoAntardashas
            : sign => NarasimhaRaoAntardashas(chart, sign);
        return new SignDashaTree(signs, years, subOrder);
    }

    public static IDashaTree Moola(Chart chart) => Moola(SignChart.Of(chart));

    /// <inheritdoc cref="MoolaDasha"/>
    public static IDashaTree Moola(SignChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        return MoolaDasha.Of(chart);
    }

    /// <summary>
    /// K. N. Rao: a dasha sign's antardashas run in the order the sign would give as a lagna (forward when its 9th is
    /// odd-footed), starting from the next sign, and the sign's own antardasha comes last (his Chara dasha chapter "The
    /// antardasha order", as taught in S. Dhasmana, "An Introduction to Jaimini System", ch. 7, rules 1–3).
    /// </summary>
    private static IReadOnlyList<int> KnRaoAntardashas(int sign)
    {
        var forward = Footedness.RunsForwardFrom(sign);
        return Enumerable.Range(2, 12).Select(house => Footedness.SignAt(sign, house, forward)).ToList();
    }

    /// <summary>
    /// P. V. R. Narasimha Rao (his rasi-dasa antardasha rule, as Jagannatha Hora and Mudgala Hora compute Chara dasa): take the
    /// stronger of the dasha sign and its 7th, find the sign its lord occupies, and run twelve signs from there, forward when
    /// that sign is odd (Aries, Gemini …) and backward when even.
    /// </summary>
    private static IReadOnlyList<int> NarasimhaRaoAntardashas(SignChart chart, int sign)
    {
        var stronger = SignStrength.StrongerSign(chart, sign, SignChart.Houses.SignAt(sign, 7));
        var first = chart.SignOf(CharaYears.LordOf(chart, stronger, CharaMethod.NarasimhaRao));
        var forward = first % 2 == 0;
        return Enumerable.Range(1, 12).Select(house => Footedness.SignAt(first, house, forward)).ToList();
    }
}
