namespace Jyotishika.Engine.Ephemeris.Eclipses;

/// <summary>
/// One answer of a Swiss Ephemeris eclipse function, copied out of the native buffers: the returned type and visibility
/// bits (SE_ECL_*), tret[0..9] (Julian days UT, 0 where a contact does not occur) and attr[0..10].
/// </summary>
internal sealed record NativeEclipse(int Flags, double[] Times, double[] Attributes)
{
    /// <summary>tret[index], or null where the library wrote 0 (the contact does not occur).</summary>
    internal double? TimeOrNull(int index) => Times[index] == 0 ? null : Times[index];

    internal bool Has(int flag) => (Flags & flag) != 0;
}
