using Jyotishika.Engine;
using Jyotishika.Engine.Vargas;
using Contract = Jyotishika.V1;

namespace Jyotishika.Server.Features.Charts;

/// <summary>Requested divisional charts: validation and the contract form of each varga.</summary>
public static class VargaMapping
{
    public const int MaxVargas = 32;

    /// <summary>The request field that lists the divisions.</summary>
    public const string Field = "vargas";

    /// <summary>The 16 vargas of BPHS ch. 6, served when a varga request names none.</summary>
    public static IReadOnlyList<int> Shodasavarga { get; } = [1, 2, 3, 4, 7, 9, 10, 12, 16, 20, 24, 27, 30, 40, 45, 60];

    public static void Validate(IReadOnlyList<int> vargas, RequestViolations violations)
    {
        ArgumentNullException.ThrowIfNull(vargas);
        ArgumentNullException.ThrowIfNull(violations);
        if (vargas.Count > MaxVargas)
        {
            violations.Add(Field, $"must list at most {MaxVargas} divisions");
        }

        foreach (var invalid in vargas.Where(n => n is < 1 or > DivisionalChart.MaxDivision).Take(1))
        {
            violations.Add(Field, $"{invalid} is not a division: each must be from 1 to {DivisionalChart.MaxDivision}");
        }
    }

    public static IEnumerable<Contract.DivisionalChart> ToContract(Chart chart, IEnumerable<int> divisions) =>
        divisions.Select(division => ToContract(division, DivisionalChart.For(chart, division)));

    private static Contract.DivisionalChart ToContract(int division, IReadOnlyList<DivisionalPosition> positions)
    {
        var first = positions[0].Placement;
        var contract = new Contract.DivisionalChart
        {
            Division = division,
            Name = first.Varga?.ToString() ?? string.Empty,
            Scheme = first.Scheme == VargaScheme.Classical ? "CLASSICAL" : "PARIVRITTI",
        };
        contract.Positions.AddRange(positions.Select(p => new Contract.VargaPosition
        {
            Planet = p.Graha is { } graha ? SettingsMapping.ToContract(graha) : Contract.Planet.Unspecified,
            Ascendant = p.IsAscendant,
            SignIndex = p.Placement.Sign,
            Sign = p.Placement.SignName,
            DegreeInSign = p.Placement.DegreeInSign,
        }));
        return contract;
    }
}
