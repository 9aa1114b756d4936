namespace Jyotishika.LoadGenerator;

/// <summary>The server did not answer the first call with a chart, so no load was sent.</summary>
public sealed class PreflightException : Exception
{
    public PreflightException()
    {
    }

    public PreflightException(string message)
        : base(message)
    {
    }

    public PreflightException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
