using Jyotishika.Engine.Strength;
using Contract = Jyotishika.V1;

namespace Jyotishika.Server.Features.Strength;

/// <summary>
/// The shadbala conventions a request names, to the engine's options and back. Each contract enum is numbered as the
/// engine's, so unset takes the default and anything else is refused by name.
/// </summary>
public static class ShadbalaSettingsMapping
{
    public static BhavaBalaOptions ToBhavaBala(Contract.ShadbalaSettings? settings, RequestViolations violations)
    {
        ArgumentNullException.ThrowIfNull(violations);
        var defaults = BhavaBalaOptions.Default;
        if (settings is null)
        {
            return defaults;
        }

        var madhyas = settings.BhavaMadhyas switch
        {
            Contract.BhavaMadhyas.Unspecified => defaults.Madhyas,
            Contract.BhavaMadhyas.Sripati or Contract.BhavaMadhyas.EqualFromAscendant or Contract.BhavaMadhyas.ChartCusps =>
                (BhavaMadhyas)(int)settings.BhavaMadhyas,
            _ => violations.Refuse("settings.bhavaMadhyas", "must be SRIPATI, EQUAL_FROM_ASCENDANT or CHART_CUSPS", defaults.Madhyas),
        };
        return new BhavaBalaOptions
        {
            Madhyas = madhyas,
            DrishtiShare = violations.Choose((int)settings.BhavaDrishtiShare, defaults.DrishtiShare,
                "settings.bhavaDrishtiShare", "JUPITER_AND_MERCURY_FULL or QUARTER_OF_EVERY"),
        };
    }

    public static ShadbalaOptions ToEngine(Contract.ShadbalaSettings? settings, RequestViolations violations)
    {
        ArgumentNullException.ThrowIfNull(violations);
        var defaults = ShadbalaOptions.Default;
        if (settings is null)
        {
            return defaults;
        }

        return new ShadbalaOptions
        {
            LuminaryCheshta = violations.Choose((int)settings.LuminaryCheshta, defaults.LuminaryCheshta,
                "settings.luminaryCheshta", "ZERO or AYANA_AND_PAKSHA"),
            SaptavargajaPoints = violations.Choose((int)settings.SaptavargajaPoints, defaults.SaptavargajaPoints,
                "settings.saptavargajaPoints", "RAMAN or BPHS"),
            AyanaObliquity = violations.Choose((int)settings.AyanaObliquity, defaults.AyanaObliquity,
                "settings.ayanaObliquity", "CLASSICAL_24 or TRUE_OF_DATE"),
            MoolatrikonaSpan = violations.Choose((int)settings.MoolatrikonaSpan, defaults.MoolatrikonaSpan,
                "settings.moolatrikonaSpan", "DEGREES or WHOLE_SIGN"),
            KendradiHouses = violations.Choose((int)settings.KendradiHouses, defaults.KendradiHouses,
                "settings.kendradiHouses", "SIGN_FROM_LAGNA or CHART_HOUSES"),
            YuddhaVictor = violations.Choose((int)settings.YuddhaVictor, defaults.YuddhaVictor,
                "settings.yuddhaVictor", "NORTHERN_LATITUDE, GREATER_STRENGTH or LESSER_LONGITUDE", 3),
        };
    }

    public static Contract.ShadbalaSettings ToContract(ShadbalaOptions options, BhavaBalaOptions bhavas)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(bhavas);
        return new Contract.ShadbalaSettings
        {
            BhavaMadhyas = (Contract.BhavaMadhyas)(int)bhavas.Madhyas,
            BhavaDrishtiShare = (Contract.BhavaDrishtiShare)(int)bhavas.DrishtiShare,
            LuminaryCheshta = (Contract.LuminaryCheshta)(int)options.LuminaryCheshta,
            SaptavargajaPoints = (Contract.SaptavargajaPoints)(int)options.SaptavargajaPoints,
            AyanaObliquity = (Contract.AyanaObliquity)(int)options.AyanaObliquity,
            MoolatrikonaSpan = (Contract.MoolatrikonaSpan)(int)options.MoolatrikonaSpan,
            KendradiHouses = (Contract.KendradiHouses)(int)options.KendradiHouses,
            YuddhaVictor = (Contract.YuddhaVictor)(int)options.YuddhaVictor,
        };
    }
}
