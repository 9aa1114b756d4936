using Jyotishika.Engine.Jaimini;
using Contract = Jyotishika.V1;

namespace Jyotishika.Server.Features.Jaimini;

/// <summary>
/// The Jaimini conventions a request names, to the engine's options and back. Each contract enum is numbered as the
/// engine's (choices 1 and 2), so unset takes the default and anything else is refused by name.
/// </summary>
public static class JaiminiSettingsMapping
{
    public static JaiminiOptions ToEngine(Contract.JaiminiSettings? settings, RequestViolations violations, string prefix = "settings.")
    {
        ArgumentNullException.ThrowIfNull(violations);
        var defaults = JaiminiOptions.Default;
        if (settings is null)
        {
            return defaults;
        }

        return new JaiminiOptions
        {
            Karakas = violations.Choose((int)settings.KarakaScheme, defaults.Karakas,
                prefix + "karakaScheme", "EIGHT_WITH_RAHU or SEVEN_GRAHAS"),
            CoLords = violations.Choose((int)settings.CoLords, defaults.CoLords,
                prefix + "coLords", "STRONGER or PRIMARY"),
            Exceptions = violations.Choose((int)settings.ArudhaRule, defaults.Exceptions,
                prefix + "arudhaRule", "CLASSICAL or PLAIN_COUNT"),
        };
    }

    /// <summary>The conventions of the time-based upagrahas and special lagnas.</summary>
    public static TimedPointOptions TimedToEngine(Contract.JaiminiSettings? settings, RequestViolations violations, string prefix = "settings.")
    {
        ArgumentNullException.ThrowIfNull(violations);
        var defaults = TimedPointOptions.Default;
        if (settings is null)
        {
            return defaults;
        }

        const string Moments = "PART_START or PART_MIDDLE";
        return new TimedPointOptions
        {
            Gulika = violations.Choose((int)settings.GulikaMoment, defaults.Gulika, prefix + "gulikaMoment", Moments),
            Mandi = violations.Choose((int)settings.MandiMoment, defaults.Mandi, prefix + "mandiMoment", Moments),
            OtherUpagrahas = violations.Choose((int)settings.OtherUpagrahaMoment, defaults.OtherUpagrahas, prefix + "otherUpagrahaMoment", Moments),
            BhavaLagnaRate = violations.Choose((int)settings.BhavaLagnaRate, defaults.BhavaLagnaRate,
                prefix + "bhavaLagnaRate", "SIGN_PER_FIVE_GHATIS or DEGREE_PER_MINUTE"),
            Rise = violations.Choose((int)settings.Sunrise, defaults.Rise, prefix + "sunrise", "UPPER_LIMB_REFRACTED or HINDU_DISC_CENTRE"),
        };
    }

    public static Contract.JaiminiSettings ToContract(JaiminiOptions options, TimedPointOptions timed)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timed);
        return new Contract.JaiminiSettings
        {
            KarakaScheme = (Contract.KarakaScheme)(int)options.Karakas,
            CoLords = (Contract.CoLordRule)(int)options.CoLords,
            ArudhaRule = (Contract.ArudhaRule)(int)options.Exceptions,
            GulikaMoment = (Contract.UpagrahaMoment)(int)timed.Gulika,
            MandiMoment = (Contract.UpagrahaMoment)(int)timed.Mandi,
            OtherUpagrahaMoment = (Contract.UpagrahaMoment)(int)timed.OtherUpagrahas,
            BhavaLagnaRate = (Contract.BhavaLagnaRate)(int)timed.BhavaLagnaRate,
            Sunrise = (Contract.RiseConvention)(int)timed.Rise,
        };
    }
}
