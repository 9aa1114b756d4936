using Jyotishika.Engine.Doshas;
using Contract = Jyotishika.V1;

namespace Jyotishika.Server.Features.Doshas;

/// <summary>The engine's options for each dosha and the Sade Sati span: what a request's settings ask for.</summary>
public sealed record DoshaOptions(
    ManglikOptions Manglik,
    KaalSarpOptions KaalSarp,
    GuruChandalaOptions GuruChandala,
    PitraDoshaOptions Pitra,
    int SadeSatiYears);

/// <summary>The dosha conventions a request names, to the engine's options and back (defaults filled in, for the echo).</summary>
public static class DoshaSettingsMapping
{
    /// <summary>A lifetime with room to spare; the engine's Saturn search would take up to 200 years.</summary>
    public const int MaxSadeSatiYears = 150;

    /// <summary>A conjunction orb wider than a sign would not narrow the same-sign rule at all.</summary>
    private const double MaxOrbDegrees = 30;

    public static DoshaOptions ToEngine(Contract.DoshaSettings? settings, RequestViolations violations)
    {
        ArgumentNullException.ThrowIfNull(violations);
        settings ??= new Contract.DoshaSettings();
        var kaalSarp = KaalSarpOptions.Default;
        var guruChandala = GuruChandalaOptions.Default;
        var pitra = PitraDoshaOptions.Default;

        double? orb = null;
        if (settings.HasGuruChandalaOrbDegrees)
        {
            orb = settings.GuruChandalaOrbDegrees is >= 0 and <= MaxOrbDegrees
                ? settings.GuruChandalaOrbDegrees
                : violations.Refuse<double?>(
                    "settings.guruChandalaOrbDegrees", $"must be from 0 to {MaxOrbDegrees} degrees, or unset for the sign alone", null);
        }

        var years = settings.SadeSatiYears == 0 ? SadeSati.DefaultYears : settings.SadeSatiYears;
        if (years is < 1 or > MaxSadeSatiYears)
        {
            years = violations.Refuse(
                "settings.sadeSatiYears", $"must be from 1 to {MaxSadeSatiYears}; default {SadeSati.DefaultYears}", SadeSati.DefaultYears);
        }

        return new DoshaOptions(
            ToManglik(settings.ManglikHouses, violations),
            new KaalSarpOptions
            {
                OnAxis = settings.KaalSarpOnAxis switch
                {
                    Contract.KaalSarpAxis.Unspecified => kaalSarp.OnAxis,
                    Contract.KaalSarpAxis.Inside => NodeAxisGraha.Inside,
                    Contract.KaalSarpAxis.Outside => NodeAxisGraha.Outside,
                    _ => violations.Refuse("settings.kaalSarpOnAxis", "must be INSIDE or OUTSIDE", kaalSarp.OnAxis),
                },
                UseLongitudes = settings.HasKaalSarpUseLongitudes ? settings.KaalSarpUseLongitudes : kaalSarp.UseLongitudes,
            },
            new GuruChandalaOptions
            {
                IncludeKetu = settings.HasGuruChandalaIncludeKetu ? settings.GuruChandalaIncludeKetu : guruChandala.IncludeKetu,
                OrbDegrees = orb,
            },
            new PitraDoshaOptions
            {
                IncludeKetu = settings.HasPitraIncludeKetu ? settings.PitraIncludeKetu : pitra.IncludeKetu,
                IncludeSaturn = settings.HasPitraIncludeSaturn ? settings.PitraIncludeSaturn : pitra.IncludeSaturn,
            },
            years);
    }

    // The contract's enums are numbered as the engine's (WITH_SECOND 1, WITHOUT_SECOND 2; INSIDE 1, OUTSIDE 2).
    /// <summary>Manglik's house set, shared with matching, which reads both partners' Manglik.</summary>
    public static ManglikOptions ToManglik(Contract.ManglikHouses houses, RequestViolations violations)
    {
        ArgumentNullException.ThrowIfNull(violations);
        var defaults = ManglikOptions.Default;
        return new ManglikOptions
        {
            Houses = houses switch
            {
                Contract.ManglikHouses.Unspecified => defaults.Houses,
                Contract.ManglikHouses.WithSecond => ManglikHouseSet.WithSecond,
                Contract.ManglikHouses.WithoutSecond => ManglikHouseSet.WithoutSecond,
                _ => violations.Refuse("settings.manglikHouses", "must be WITH_SECOND or WITHOUT_SECOND", defaults.Houses),
            },
        };
    }

    public static Contract.DoshaSettings ToContract(DoshaOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = new Contract.DoshaSettings
        {
            ManglikHouses = (Contract.ManglikHouses)(int)options.Manglik.Houses,
            KaalSarpOnAxis = (Contract.KaalSarpAxis)(int)options.KaalSarp.OnAxis,
            KaalSarpUseLongitudes = options.KaalSarp.UseLongitudes,
            GuruChandalaIncludeKetu = options.GuruChandala.IncludeKetu,
            PitraIncludeKetu = options.Pitra.IncludeKetu,
            PitraIncludeSaturn = options.Pitra.IncludeSaturn,
            SadeSatiYears = options.SadeSatiYears,
        };
        if (options.GuruChandala.OrbDegrees is { } orb)
        {
            settings.GuruChandalaOrbDegrees = orb;
        }

        return settings;
    }
}
