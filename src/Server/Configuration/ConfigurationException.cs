namespace Jyotishika.Server.Configuration;

/// <summary>A setting that keeps the server from starting; the message names the setting and what it needs.</summary>
public sealed class ConfigurationException : Exception
{
    public ConfigurationException(string message)
        : base(message)
    {
    }

    public ConfigurationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ConfigurationException()
    {
    }
}
