using Jyotishika.Engine;
using Jyotishika.Engine.Ashtakavarga;
using Jyotishika.Engine.Aspects;
using Jyotishika.Engine.Strength;
using Contract = Jyotishika.V1;

namespace Jyotishika.Server.Features.Strength;

/// <summary>The engine's aspects and ashtakavarga to the contract, as computed.</summary>
public static class StrengthMapping
{
    public static Contract.GrahaDrishti ToContract(GrahaAspect aspect)
    {
        ArgumentNullException.ThrowIfNull(aspect);
        var answer = new Contract.GrahaDrishti { Graha = SettingsMapping.ToContract(aspect.Graha) };
        answer.Signs.AddRange(aspect.Signs);
        answer.Houses.AddRange(aspect.Houses);
        answer.Grahas.AddRange(aspect.Grahas.Select(SettingsMapping.ToContract));
        return answer;
    }

    public static Contract.RasiDrishti ToContract(RasiAspect aspect)
    {
        ArgumentNullException.ThrowIfNull(aspect);
        var answer = new Contract.RasiDrishti { Sign = aspect.Sign };
        answer.AspectedSigns.AddRange(aspect.AspectedSigns);
        answer.Grahas.AddRange(aspect.Grahas.Select(SettingsMapping.ToContract));
        answer.AspectedGrahas.AddRange(aspect.AspectedGrahas.Select(SettingsMapping.ToContract));
        return answer;
    }

    public static Contract.BhinnaAshtakavarga ToContract(BhinnaAshtakavarga bhinna)
    {
        ArgumentNullException.ThrowIfNull(bhinna);
        var answer = new Contract.BhinnaAshtakavarga
        {
            Graha = StableKeys.UpperSnake(bhinna.Owner),
            Total = bhinna.Points.Sum(),
        };
        answer.Points.AddRange(bhinna.Points);
        answer.Prastara.AddRange(bhinna.Prastara.Select((row, index) =>
        {
            var line = new Contract.PrastaraRow { Contributor = StableKeys.UpperSnake((Contributor)(index + 1)) };
            line.Bindus.AddRange(row.Select(bindu => bindu ? 1 : 0));
            return line;
        }));
        answer.AfterTrikonaSodhana.AddRange(bhinna.AfterTrikonaSodhana);
        answer.AfterEkadhipatyaSodhana.AddRange(bhinna.AfterEkadhipatyaSodhana);
        if (bhinna.RasiPinda is { } rasi)
        {
            answer.RasiPinda = rasi;
        }

        if (bhinna.GrahaPinda is { } graha)
        {
            answer.GrahaPinda = graha;
        }

        if (bhinna.SodhyaPinda is { } sodhya)
        {
            answer.SodhyaPinda = sodhya;
        }

        return answer;
    }

    public static Contract.GrahaShadbala ToContract(GrahaShadbala shadbala)
    {
        ArgumentNullException.ThrowIfNull(shadbala);
        var parts = shadbala.Components;
        var components = new Contract.ShadbalaComponents
        {
            Sthana = parts.Sthana, Uchcha = parts.Uchcha, Saptavargaja = parts.Saptavargaja, Ojayugma = parts.Ojayugma,
            Kendradi = parts.Kendradi, Drekkana = parts.Drekkana, Dig = parts.Dig, Kaala = parts.Kaala,
            Nathonnatha = parts.Nathonnatha, Paksha = parts.Paksha, Tribhaga = parts.Tribhaga, Abda = parts.Abda, Masa = parts.Masa,
            Vara = parts.Vara, Hora = parts.Hora, Ayana = parts.Ayana, Cheshta = parts.Cheshta, Naisargika = parts.Naisargika,
            Drik = parts.Drik, Yuddha = parts.Yuddha,
        };
        return new Contract.GrahaShadbala
        {
            Graha = SettingsMapping.ToContract(shadbala.Graha),
            TotalVirupas = shadbala.TotalVirupas,
            Rupas = shadbala.Rupas,
            RequiredRupas = shadbala.RequiredRupas,
            Ratio = shadbala.Ratio,
            IshtaPhala = shadbala.IshtaPhala,
            KashtaPhala = shadbala.KashtaPhala,
            Components = components,
        };
    }

    public static Contract.GrahaWar ToContract(GrahaWar war)
    {
        ArgumentNullException.ThrowIfNull(war);
        return new Contract.GrahaWar
        {
            Victor = SettingsMapping.ToContract(war.Victor),
            Vanquished = SettingsMapping.ToContract(war.Vanquished),
            SeparationDegrees = war.Separation,
            Virupas = war.Virupas,
        };
    }

    public static Contract.BhavaStrength ToContract(HouseStrength house)
    {
        ArgumentNullException.ThrowIfNull(house);
        return new Contract.BhavaStrength
        {
            House = house.House,
            MadhyaLongitude = house.MadhyaLongitude,
            Lord = SettingsMapping.ToContract(house.Lord),
            Bhavadhipati = house.Components.Bhavadhipati,
            Dig = house.Components.Dig,
            Drishti = house.Components.Drishti,
            TotalVirupas = house.TotalVirupas,
            Rupas = house.Rupas,
        };
    }

    // The contract's schemes are numbered as the engine's (SHADVARGA 1 … SHODASAVARGA 4).
    public static Contract.VimshopakaScore ToContract(VimshopakaScore score)
    {
        ArgumentNullException.ThrowIfNull(score);
        var answer = new Contract.VimshopakaScore
        {
            Graha = SettingsMapping.ToContract(score.Graha), Scheme = (Contract.VimshopakaScheme)(int)score.Scheme, Points = score.Points,
        };
        answer.Vargas.AddRange(score.Vargas.Select(varga => new Contract.VimshopakaVarga
        {
            Varga = (int)varga.Varga, Sign = varga.Sign, Dignity = StableKeys.UpperSnake(varga.Dignity), Points = varga.Points, Weight = varga.Weight,
        }));
        return answer;
    }
}
