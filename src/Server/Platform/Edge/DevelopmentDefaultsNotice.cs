namespace Jyotishika.Server.Platform.Edge;

/// <summary>
/// The one start-up line outside Production listing the friendly defaults in effect: each is something Production
/// would refuse (see <see cref="ProductionRequirements"/>), so an operator reading the log knows what is left to set.
/// </summary>
internal static partial class DevelopmentDefaultsNotice
{
    public static void Log(ILogger logger, string environment, IEnumerable<string> defaults) =>
        LogDefaults(logger, environment, string.Join("; ", [.. defaults, "no Strict-Transport-Security header"]));

    [LoggerMessage(Level = LogLevel.Warning, EventName = "DevelopmentDefaults",
        Message = "{Environment} defaults in effect, not for Production: {Defaults}.")]
    private static partial void LogDefaults(ILogger logger, string environment, string defaults);
}
