namespace Jyotishika.Engine.Tajaka;

/// <summary>Why a graha stands for lord of the year, in PVR's order of candidacy (§28.6).</summary>
public enum YearLordRole
{
    /// <summary>Lord of the sign of the Sun (year begun by day) or the Moon (by night) in the annual chart.</summary>
    SunOrMoonSignLord = 1,
    NatalLagnaLord = 2,
    MunthaLord = 3,
    AnnualLagnaLord = 4,
    TriRasiLord = 5,
}

/// <summary>One candidate: every role it holds, its aspect on the annual lagna and its pancha-vargeeya bala.</summary>
public sealed record YearLordCandidate(Graha Graha, IReadOnlyList<YearLordRole> Roles, TajakaAspect AspectOnLagna, PanchaVargeeyaBala Bala);

/// <summary>The lord of the year (varsheshwara) and the candidates it was chosen from.</summary>
public sealed record YearLord(Graha Graha, IReadOnlyList<YearLordCandidate> Candidates)
{
    /// <summary>
    /// PVR §28.6: among candidates with a benefic aspect on the annual lagna, the highest pancha-vargeeya bala (ties to the
    /// one holding more roles); failing those, among candidates with a malefic aspect; failing any aspect, a very strong
    /// candidate; else the first candidate.
    /// </summary>
    public static YearLord Choose(IReadOnlyList<YearLordCandidate> candidates)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var pool = candidates.Where(c => c.AspectOnLagna.IsBenefic()).ToList();
        if (pool.Count == 0)
        {
            pool = candidates.Where(c => c.AspectOnLagna.IsMalefic()).ToList();
        }

        if (pool.Count == 0)
        {
            pool = candidates.Where(c => c.Bala.Total >= PanchaVargeeyaBala.VeryStrong).ToList();
        }

        var chosen = pool.Count == 0
            ? candidates.First(c => c.Roles.Contains(YearLordRole.SunOrMoonSignLord))
            : pool.OrderByDescending(c => Math.Round(c.Bala.Total, 2)).ThenByDescending(c => c.Roles.Count).First();
        return new YearLord(chosen.Graha, candidates);
    }
}
