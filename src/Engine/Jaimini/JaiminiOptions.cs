namespace Jyotishika.Engine.Jaimini;

/// <summary>The conventions the Jaimini calculations choose between; the defaults follow P. V. R. Narasimha Rao and Jagannatha Hora.</summary>
public sealed record JaiminiOptions
{
    /// <summary>Eight karakas with Rahu, stronger co-lords, classical arudha exceptions.</summary>
    public static JaiminiOptions Default { get; } = new();

    /// <summary>Seven or eight chara karakas. Default <see cref="KarakaScheme.EightWithRahu"/>.</summary>
    public KarakaScheme Karakas { get; init; } = KarakaScheme.EightWithRahu;

    /// <summary>The lord of Scorpio and Aquarius. Default <see cref="CoLordRule.Stronger"/>.</summary>
    public CoLordRule CoLords { get; init; } = CoLordRule.Stronger;

    /// <summary>Whether padas on the 1st or 7th are moved. Default <see cref="ArudhaException.Classical"/>.</summary>
    public ArudhaException Exceptions { get; init; } = ArudhaException.Classical;
}
