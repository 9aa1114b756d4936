namespace Jyotishika.Engine.Strength;

/// <summary>
/// The components of one graha's shadbala, in virupas (60 virupas = 1 rupa), as BPHS ch. 27 and B. V. Raman's
/// <i>Graha and Bhava Balas</i> list them. Drik bala may be negative (malefic aspects outweigh benefic ones).
/// <see cref="Yuddha"/> is 0 for a graha at peace (see <see cref="YuddhaBala"/>).
/// </summary>
public sealed record ShadbalaComponents(
    double Uchcha,
    double Saptavargaja,
    double Ojayugma,
    double Kendradi,
    double Drekkana,
    double Dig,
    double Nathonnatha,
    double Paksha,
    double Tribhaga,
    double Abda,
    double Masa,
    double Vara,
    double Hora,
    double Ayana,
    double Yuddha,
    double Cheshta,
    double Naisargika,
    double Drik)
{
    /// <summary>Positional strength: uchcha + saptavargaja + ojayugma + kendradi + drekkana.</summary>
    public double Sthana => Uchcha + Saptavargaja + Ojayugma + Kendradi + Drekkana;

    /// <summary>Temporal strength: nathonnatha + paksha + tribhaga + abda + masa + vara + hora + ayana + yuddha.</summary>
    public double Kaala => Nathonnatha + Paksha + Tribhaga + Abda + Masa + Vara + Hora + Ayana + Yuddha;

    /// <summary>The six balas added: sthana + dig + kaala + cheshta + naisargika + drik.</summary>
    public double Total => Sthana + Dig + Kaala + Cheshta + Naisargika + Drik;
}
