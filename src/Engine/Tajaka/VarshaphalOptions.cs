using Jyotishika.Engine.Dasha;

namespace Jyotishika.Engine.Tajaka;

/// <summary>Where sources differ on an annual chart. Defaults follow P. V. R. Narasimha Rao's book (Part 4).</summary>
public sealed record VarshaphalOptions
{
    public static VarshaphalOptions Default { get; } = new();

    /// <summary>The instant the annual chart is cast for. Default <see cref="PraveshaKind.SolarReturn"/>.</summary>
    public PraveshaKind Pravesha { get; init; } = PraveshaKind.SolarReturn;

    /// <summary>
    /// The year mudda dasha's 120 compressed years fill. Default null: the year itself, from this solar return to the
    /// next (PVR §30.3 compresses Vimshottari into "a solar year"). PyJHora's <c>mudda.py</c> uses a fixed year
    /// (<see cref="DashaYearLength.Tropical"/>).
    /// </summary>
    public DashaYearLength? MuddaYear { get; init; }

    /// <summary>How rasi, hadda, drekkana and navamsa dignities are scored. Default <see cref="KshetraScale.FriendHalfOtherQuarter"/>.</summary>
    public KshetraScale KshetraScale { get; init; } = KshetraScale.FriendHalfOtherQuarter;
}
