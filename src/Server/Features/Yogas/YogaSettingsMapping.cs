using Jyotishika.Engine.Yogas;
using Contract = Jyotishika.V1;

namespace Jyotishika.Server.Features.Yogas;

/// <summary>The yoga conventions a request names, to the engine's options and back (defaults filled in, for the echo).</summary>
public static class YogaSettingsMapping
{
    private static readonly (Contract.KemadrumaCancellation Contract, KemadrumaCancellations Engine)[] Cancellations =
    [
        (Contract.KemadrumaCancellation.GrahaInKendraFromAscendant, KemadrumaCancellations.GrahaInKendraFromAscendant),
        (Contract.KemadrumaCancellation.GrahaInKendraFromMoon, KemadrumaCancellations.GrahaInKendraFromMoon),
        (Contract.KemadrumaCancellation.MoonInKendraFromAscendant, KemadrumaCancellations.MoonInKendraFromAscendant),
        (Contract.KemadrumaCancellation.GrahaWithMoon, KemadrumaCancellations.GrahaWithMoon),
    ];

    public static YogaOptions ToEngine(Contract.YogaSettings? settings, RequestViolations violations)
    {
        ArgumentNullException.ThrowIfNull(violations);
        var defaults = YogaOptions.Default;
        if (settings is null)
        {
            return defaults;
        }

        var cancellations = defaults.KemadrumaCancellations;
        if (settings.KemadrumaCancellations.Count > 0)
        {
            cancellations = KemadrumaCancellations.None;
            foreach (var named in settings.KemadrumaCancellations)
            {
                var found = Array.FindIndex(Cancellations, pair => pair.Contract == named);
                cancellations |= found >= 0 ? Cancellations[found].Engine : violations.Refuse("settings.kemadrumaCancellations",
                    "must list GRAHA_IN_KENDRA_FROM_ASCENDANT, GRAHA_IN_KENDRA_FROM_MOON, MOON_IN_KENDRA_FROM_ASCENDANT or GRAHA_WITH_MOON",
                    KemadrumaCancellations.None);
            }
        }

        return new YogaOptions
        {
            MahapurushaKendrasFrom = Reference(settings.MahapurushaKendrasFrom, defaults.MahapurushaKendrasFrom, "settings.mahapurushaKendrasFrom", violations),
            GajakesariKendrasFrom = Reference(settings.GajakesariKendrasFrom, defaults.GajakesariKendrasFrom, "settings.gajakesariKendrasFrom", violations),
            LunarYogasCountSun = settings.HasLunarYogasCountSun ? settings.LunarYogasCountSun : defaults.LunarYogasCountSun,
            LunarYogasCountNodes = settings.HasLunarYogasCountNodes ? settings.LunarYogasCountNodes : defaults.LunarYogasCountNodes,
            KemadrumaCancellations = cancellations,
            AdhiReading = settings.AdhiReading switch
            {
                Contract.AdhiReading.Unspecified => defaults.AdhiReading,
                Contract.AdhiReading.AllThreeBenefics => AdhiReading.AllThreeBenefics,
                Contract.AdhiReading.AnyBenefic => AdhiReading.AnyBenefic,
                _ => violations.Refuse("settings.adhiReading", "must be ALL_THREE_BENEFICS or ANY_BENEFIC", defaults.AdhiReading),
            },
            VasumatiFrom = Reference(settings.VasumatiFrom, defaults.VasumatiFrom, "settings.vasumatiFrom", violations),
            AmalaFrom = Reference(settings.AmalaFrom, defaults.AmalaFrom, "settings.amalaFrom", violations),
            AmalaOnlyBenefics = settings.HasAmalaOnlyBenefics ? settings.AmalaOnlyBenefics : defaults.AmalaOnlyBenefics,
            NabhasaMoonIsBenefic = settings.HasNabhasaMoonIsBenefic ? settings.NabhasaMoonIsBenefic : defaults.NabhasaMoonIsBenefic,
            NabhasaEveryHouseOccupied = settings.HasNabhasaEveryHouseOccupied ? settings.NabhasaEveryHouseOccupied : defaults.NabhasaEveryHouseOccupied,
        };
    }

    public static Contract.YogaSettings ToContract(YogaOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = new Contract.YogaSettings
        {
            MahapurushaKendrasFrom = (Contract.YogaReference)(int)options.MahapurushaKendrasFrom,
            GajakesariKendrasFrom = (Contract.YogaReference)(int)options.GajakesariKendrasFrom,
            LunarYogasCountSun = options.LunarYogasCountSun,
            LunarYogasCountNodes = options.LunarYogasCountNodes,
            AdhiReading = (Contract.AdhiReading)(int)options.AdhiReading,
            VasumatiFrom = (Contract.YogaReference)(int)options.VasumatiFrom,
            AmalaFrom = (Contract.YogaReference)(int)options.AmalaFrom,
            AmalaOnlyBenefics = options.AmalaOnlyBenefics,
            NabhasaMoonIsBenefic = options.NabhasaMoonIsBenefic,
            NabhasaEveryHouseOccupied = options.NabhasaEveryHouseOccupied,
        };
        settings.KemadrumaCancellations.AddRange(
            Cancellations.Where(pair => options.KemadrumaCancellations.HasFlag(pair.Engine)).Select(pair => pair.Contract));
        return settings;
    }

    // The contract's references are numbered as the engine's (ASCENDANT 1, MOON 2, ASCENDANT_OR_MOON 3).
    private static HouseReference Reference(Contract.YogaReference value, HouseReference fallback, string field, RequestViolations violations) =>
        value switch
        {
            Contract.YogaReference.Unspecified => fallback,
            Contract.YogaReference.Ascendant or Contract.YogaReference.Moon or Contract.YogaReference.AscendantOrMoon => (HouseReference)(int)value,
            _ => violations.Refuse(field, "must be ASCENDANT, MOON or ASCENDANT_OR_MOON", fallback),
        };
}
