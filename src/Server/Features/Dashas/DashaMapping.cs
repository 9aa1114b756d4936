using Google.Protobuf.WellKnownTypes;
using Jyotishika.V1;
using EngineDashaPeriod = Jyotishika.Engine.Dasha.DashaPeriod;

namespace Jyotishika.Server.Features.Dashas;

/// <summary>Engine dasha types to contract messages.</summary>
public static class DashaMapping
{
    public static DashaPeriod Period(EngineDashaPeriod period)
    {
        var contract = new DashaPeriod
        {
            Level = period.Level,
            Lord = Lord(period.Lord),
            Start = Timestamp.FromDateTime(period.Start),
            End = Timestamp.FromDateTime(period.End),
            DurationDays = period.Duration.TotalDays,
        };
        contract.Parents.AddRange(period.Path.Take(period.Level - 1).Select(Lord));
        return contract;
    }

    public static DashaLord Lord(Engine.Dasha.DashaLord lord)
    {
        var contract = new DashaLord { Name = lord.Name, Planet = lord.Graha is { } graha ? SettingsMapping.ToContract(graha) : Planet.Unspecified };
        if (lord.Sign is { } sign)
        {
            contract.Sign = sign;
        }

        return contract;
    }

    public static DashaSettings Settings(DashaQuery query, double yearDays)
    {
        var chart = ChartResponseMapper.ToContract(query.Birth.Value.Settings);
        return new DashaSettings
        {
            System = (DashaSystem)(int)query.System,
            YearLength = (DashaYearLength)(int)query.YearLength,
            Depth = query.Depth,
            Ayanamsha = chart.Ayanamsha,
            UserAyanamsha = chart.UserAyanamsha,
            NodeType = chart.NodeType,
            Positions = chart.Positions,
            TimeScale = chart.TimeScale,
            StartingStar = (StartingStar)(int)query.StartingStar,
            Preset = chart.Preset,
            YearDays = yearDays,
            SubPeriodShares = (SubPeriodShares)(int)query.Options.SubPeriodShares,
            StarGroupBalance = (StarGroupBalance)(int)query.Options.StarGroupBalance,
            CharaMethod = (CharaMethod)(int)query.Options.CharaMethod,
            KalachakraGroups = (KalachakraGroups)(int)query.Options.Kalachakra.Groups,
            KalachakraContinuation = (KalachakraContinuation)(int)query.Options.Kalachakra.Continuation,
            KalachakraSubPeriods = (KalachakraSubPeriods)(int)query.Options.Kalachakra.SubPeriods,
            BrahmaRule = (BrahmaRule)(int)query.Options.BrahmaRule,
        };
    }
}
