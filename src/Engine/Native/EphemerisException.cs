namespace Jyotishika.Engine.Native;

/// <summary>The native library reported a failure; its text is for logs, never for clients.</summary>
public class EphemerisException : Exception
{
    public EphemerisException(string message)
        : base(message)
    {
    }

    public EphemerisException(string message, Exception inner)
        : base(message, inner)
    {
    }

    public EphemerisException()
    {
    }
}

/// <summary>The instant lies outside the installed ephemeris files (the library would have fallen back to Moshier).</summary>
public sealed class EphemerisRangeException : EphemerisException
{
    public EphemerisRangeException(double julianDayUt)
        : base($"Julian day {julianDayUt} is outside the installed ephemeris files") => JulianDayUt = julianDayUt;

    public EphemerisRangeException()
    {
    }

    public EphemerisRangeException(string message, Exception inner)
        : base(message, inner)
    {
    }

    public EphemerisRangeException(string message)
        : base(message)
    {
    }

    public double JulianDayUt { get; }
}
