namespace Jyotishika.Engine.Doshas;

/// <summary>How completely the seven grahas are hemmed between the nodes.</summary>
public enum KaalSarpForm
{
    None = 0,

    /// <summary>Exactly one graha outside the hemmed half (or on the axis, when that counts as outside).</summary>
    Partial = 1,

    /// <summary>All seven grahas inside.</summary>
    Full = 2,
}

/// <summary>Which half the grahas are in, counting forward through the zodiac (the order houses are counted).</summary>
public enum NodalHalf
{
    /// <summary>From Rahu forward to Ketu: Kaal Sarp proper (Rahu in the 1st, grahas in the 2nd–6th, Ketu in the 7th).</summary>
    RahuToKetu = 1,

    /// <summary>From Ketu forward to Rahu: what some call Kaal Amrit.</summary>
    KetuToRahu = 2,
}

/// <summary>Kaal Sarp of one chart.</summary>
/// <param name="Form">Full, partial or none.</param>
/// <param name="Half">The half holding the grahas when <paramref name="Form"/> is not none.</param>
/// <param name="Type">The named form by Rahu's house, when <paramref name="Form"/> is not none.</param>
/// <param name="RahuHouse">Rahu's whole-sign house from the ascendant.</param>
/// <param name="Outside">The grahas outside the half (for a partial form, the one; axis grahas when they count as outside).</param>
/// <param name="OnAxis">The grahas on the nodal axis (a node's sign, or a node's exact longitude).</param>
/// <param name="ByLongitude">Longitudes were compared (otherwise signs).</param>
/// <param name="Options">The options it was read with.</param>
public sealed record KaalSarpResult(
    KaalSarpForm Form,
    NodalHalf? Half,
    KaalSarpType? Type,
    int RahuHouse,
    IReadOnlyList<Graha> Outside,
    IReadOnlyList<Graha> OnAxis,
    bool ByLongitude,
    KaalSarpOptions Options);
