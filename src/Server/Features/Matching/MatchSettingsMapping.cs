using Jyotishika.Engine;
using Jyotishika.Engine.Doshas;
using Jyotishika.Engine.Matching;
using Contract = Jyotishika.V1;

namespace Jyotishika.Server.Features.Matching;

/// <summary>The conventions of a match: the kootas' and the partners' Manglik readings.</summary>
public sealed record MatchConventions(MatchOptions Match, ManglikOptions Manglik);

/// <summary>The matching conventions a request names, to the engine's options and back (defaults filled in, for the echo).</summary>
public static class MatchSettingsMapping
{
    public static MatchConventions ToEngine(Contract.MatchSettings? settings, RequestViolations violations)
    {
        ArgumentNullException.ThrowIfNull(violations);
        return settings is null
            ? new MatchConventions(MatchOptions.Default, ManglikOptions.Default)
            : new MatchConventions(ToOptions(settings, violations), DoshaSettingsMapping.ToManglik(settings.ManglikHouses, violations));
    }

    private static MatchOptions ToOptions(Contract.MatchSettings settings, RequestViolations violations)
    {

        var (north, south, rules) = (AshtakootaOptions.Default, PoruthamOptions.Default, DoshaCancellationRules.All);
        return new MatchOptions(
            new AshtakootaOptions(
                settings.VarnaSigns switch
                {
                    Contract.VarnaSigns.Unspecified => north.Varna,
                    Contract.VarnaSigns.EarthVaishya => VarnaSigns.EarthVaishya,
                    Contract.VarnaSigns.AirVaishya => VarnaSigns.AirVaishya,
                    _ => violations.Refuse("settings.varnaSigns", "must be EARTH_VAISHYA or AIR_VAISHYA", north.Varna),
                },
                settings.VashyaScoring switch
                {
                    Contract.VashyaScoring.Unspecified => north.Vashya,
                    Contract.VashyaScoring.JhoraTable => VashyaScoring.JHoraTable,
                    Contract.VashyaScoring.Common => VashyaScoring.Common,
                    _ => violations.Refuse("settings.vashyaScoring", "must be JHORA_TABLE or COMMON", north.Vashya),
                },
                new DoshaCancellationRules(
                    settings.HasNadiSameSignDifferentNakshatra ? settings.NadiSameSignDifferentNakshatra : rules.NadiSameSignDifferentNakshatra,
                    settings.HasNadiSameNakshatraDifferentSign ? settings.NadiSameNakshatraDifferentSign : rules.NadiSameNakshatraDifferentSign,
                    settings.HasNadiSameNakshatraDifferentPada ? settings.NadiSameNakshatraDifferentPada : rules.NadiSameNakshatraDifferentPada,
                    settings.HasSameSignLord ? settings.SameSignLord : rules.SameSignLord,
                    settings.HasFriendlySignLords ? settings.FriendlySignLords : rules.FriendlySignLords,
                    settings.HasGanaByBhakoot ? settings.GanaByBhakoot : rules.GanaByBhakoot)),
            south with
            {
                StreeDeerghaMinimumCount = !settings.HasStreeDeerghaMinimumCount ? south.StreeDeerghaMinimumCount
                    : settings.StreeDeerghaMinimumCount is >= 1 and <= Nakshatra.Count ? settings.StreeDeerghaMinimumCount
                    : violations.Refuse("settings.streeDeerghaMinimumCount", $"must be 1 … {Nakshatra.Count}", south.StreeDeerghaMinimumCount),
                RajjuSparedAcrossDirections = settings.HasRajjuSparedAcrossDirections
                    ? settings.RajjuSparedAcrossDirections : south.RajjuSparedAcrossDirections,
                SerpentAndRatEnemies = settings.HasSerpentAndRatEnemies ? settings.SerpentAndRatEnemies : south.SerpentAndRatEnemies,
                VasyaEitherWay = settings.HasVasyaEitherWay ? settings.VasyaEitherWay : south.VasyaEitherWay,
            });
    }

    public static Contract.MatchSettings ToContract(MatchConventions conventions)
    {
        ArgumentNullException.ThrowIfNull(conventions);
        var options = conventions.Match;
        var (north, south, rules) = (options.North, options.South, options.North.CancellationRules);
        return new Contract.MatchSettings
        {
            VarnaSigns = north.Varna == VarnaSigns.EarthVaishya ? Contract.VarnaSigns.EarthVaishya : Contract.VarnaSigns.AirVaishya,
            VashyaScoring = north.Vashya == VashyaScoring.Common ? Contract.VashyaScoring.Common : Contract.VashyaScoring.JhoraTable,
            NadiSameSignDifferentNakshatra = rules.NadiSameSignDifferentNakshatra,
            NadiSameNakshatraDifferentSign = rules.NadiSameNakshatraDifferentSign,
            NadiSameNakshatraDifferentPada = rules.NadiSameNakshatraDifferentPada,
            SameSignLord = rules.SameSignLord,
            FriendlySignLords = rules.FriendlySignLords,
            GanaByBhakoot = rules.GanaByBhakoot,
            StreeDeerghaMinimumCount = south.StreeDeerghaMinimumCount,
            RajjuSparedAcrossDirections = south.RajjuSparedAcrossDirections,
            SerpentAndRatEnemies = south.SerpentAndRatEnemies,
            VasyaEitherWay = south.VasyaEitherWay,
            ManglikHouses = (Contract.ManglikHouses)(int)conventions.Manglik.Houses,
        };
    }

    public static MatchMethod ToEngine(Contract.MatchMethod method, RequestViolations violations) => method switch
    {
        Contract.MatchMethod.Unspecified or Contract.MatchMethod.NorthAshtakoota => MatchMethod.NorthAshtakoota,
        Contract.MatchMethod.SouthPorutham => MatchMethod.SouthPorutham,
        _ => violations.Refuse("method", "must be NORTH_ASHTAKOOTA or SOUTH_PORUTHAM", MatchMethod.NorthAshtakoota),
    };

    public static Contract.MatchMethod ToContract(MatchMethod method) =>
        method == MatchMethod.SouthPorutham ? Contract.MatchMethod.SouthPorutham : Contract.MatchMethod.NorthAshtakoota;
}
