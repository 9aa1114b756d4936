namespace Jyotishika.Server.Platform.Licensing;

/// <summary>The start-up notice AGPL-3.0 asks a network service to give its users, with what the server is built from.</summary>
public static partial class AgplNotice
{
    public static void Log(ILogger logger, LicenseInfo license)
    {
        ArgumentNullException.ThrowIfNull(license);
        LogNotice(logger, license.Source, string.Join("; ", license.Components.Select(c => $"{c.Name} ({c.License})")));
    }

    [LoggerMessage(Level = LogLevel.Information, Message =
        "Jyotishika is free software under the GNU Affero General Public License v3.0 (AGPL-3.0), built on the Swiss " +
        "Ephemeris (AGPL-3.0). Users interacting with it over a network may obtain its complete source: {Source} " +
        "(see also GET /license). Components: {Components}.")]
    private static partial void LogNotice(ILogger logger, string source, string components);
}
