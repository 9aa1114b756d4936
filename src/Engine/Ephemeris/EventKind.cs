namespace Jyotishika.Engine.Ephemeris;

/// <summary>What happens at a <see cref="CelestialEvent"/>.</summary>
public enum EventKind
{
    /// <summary>The body enters a sign of 30°, moving forward or, while retrograde, backward.</summary>
    SignIngress = 1,

    /// <summary>The body enters a nakshatra of 13°20′.</summary>
    NakshatraChange = 2,

    /// <summary>The speed in longitude turns negative.</summary>
    StationRetrograde = 3,

    /// <summary>The speed in longitude turns positive (or zero).</summary>
    StationDirect = 4,

    /// <summary>Two bodies reach the same sidereal longitude.</summary>
    Conjunction = 5,

    /// <summary>
    /// A solar eclipse anywhere on Earth, at its greatest eclipse; the body is the Sun, the other body the Moon, and
    /// <see cref="CelestialEvent.SolarEclipse"/> holds its circumstances.
    /// </summary>
    SolarEclipse = 6,

    /// <summary>A lunar eclipse at its greatest eclipse; the body is the Moon, <see cref="CelestialEvent.LunarEclipse"/> holds it.</summary>
    LunarEclipse = 7,
}
