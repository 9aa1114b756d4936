namespace Jyotishika.Engine.Dasha.Kalachakra;

/// <summary>The Kalachakra conventions on which sources differ. <see cref="Default"/> follows P. V. R. Narasimha Rao's book.</summary>
public sealed record KalachakraOptions
{
    public static KalachakraOptions Default { get; } = new();

    /// <summary>Default <see cref="KalachakraNakshatraGroups.TriadMirror"/>.</summary>
    public KalachakraNakshatraGroups Groups { get; init; } = KalachakraNakshatraGroups.TriadMirror;

    /// <summary>Default <see cref="KalachakraContinuation.NextPada"/>.</summary>
    public KalachakraContinuation Continuation { get; init; } = KalachakraContinuation.NextPada;

    /// <summary>Default <see cref="KalachakraSubPeriods.ChakraSequence"/>.</summary>
    public KalachakraSubPeriods SubPeriods { get; init; } = KalachakraSubPeriods.ChakraSequence;
}
