using Jyotishika.Engine.Jaimini;
using Contract = Jyotishika.V1;

namespace Jyotishika.Server.Features.Jaimini;

/// <summary>
/// The Jaimini conventions a request names, to the engine's options and back. Each contract enum is numbered as the
/// engine's (choices 1 and 2), so unset takes the default and anything else is refused by name.
/// </summary>
public static class JaiminiSettingsMapping
{
    public static JaiminiOptions ToEngine(Contract.JaiminiSettings? settings, RequestViolations violations)
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
                "settings.karakaScheme", "EIGHT_WITH_RAHU or SEVEN_GRAHAS"),
            CoLords = violations.Choose((int)settings.CoLords, defaults.CoLords,
                "settings.coLords", "STRONGER or PRIMARY"),
            Exceptions = violations.Choose((int)settings.ArudhaRule, defaults.Exceptions,
                "settings.arudhaRule", "CLASSICAL or PLAIN_COUNT"),
        };
    }

    public static Contract.JaiminiSettings ToContract(JaiminiOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new Contract.JaiminiSettings
        {
            KarakaScheme = (Contract.KarakaScheme)(int)options.Karakas,
            CoLords = (Contract.CoLordRule)(int)options.CoLords,
            ArudhaRule = (Contract.ArudhaRule)(int)options.Exceptions,
        };
    }
}
