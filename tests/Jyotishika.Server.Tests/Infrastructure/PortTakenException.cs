namespace Jyotishika.Server.Tests.Infrastructure;

/// <summary>A server told its port in advance could not bind it: another program had it first.</summary>
internal sealed class PortTakenException : Exception
{
    public PortTakenException(int port, Exception failure)
        : base($"Port {port} was taken before the server could bind it.", failure) => Port = port;

    public PortTakenException(string message)
        : base(message)
    {
    }

    public PortTakenException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public PortTakenException()
    {
    }

    public int Port { get; }
}
