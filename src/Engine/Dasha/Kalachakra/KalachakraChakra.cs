namespace Jyotishika.Engine.Dasha.Kalachakra;

/// <summary>The 972 dashas of the zodiac under one set of conventions: the sign at each position, and how the walk goes on.</summary>
internal sealed class KalachakraChakra(KalachakraOptions options)
{
    public const int PadaCount = Nakshatra.Count * KalachakraTable.PadasPerNakshatra;

    /// <summary>Padas in a savya or apasavya triad of nakshatras.</summary>
    private const int PadasPerTriad = 3 * KalachakraTable.PadasPerNakshatra;

    public KalachakraGroup GroupOf(int pada) => KalachakraTable.GroupOf(pada / KalachakraTable.PadasPerNakshatra, options.Groups);

    public IReadOnlyList<int> SignsOf(int pada) => KalachakraTable.Signs(GroupOf(pada), pada % KalachakraTable.PadasPerNakshatra);

    public int SignAt(ChakraPosition position) => SignsOf(position.Pada)[position.Index];

    public ChakraPosition Next(ChakraPosition position) =>
        position.Index < KalachakraTable.SignsPerPada - 1 ? position with { Index = position.Index + 1 } : new(NextPada(position.Pada), 0);

    /// <summary>The nine positions that divide the period at <paramref name="position"/>, its own first.</summary>
    public IReadOnlyList<ChakraPosition> Divisions(ChakraPosition position)
    {
        var divisions = new ChakraPosition[KalachakraTable.SignsPerPada];
        for (var i = 0; i < divisions.Length; i++)
        {
            divisions[i] = options.SubPeriods switch
            {
                KalachakraSubPeriods.ChakraSequence => i == 0 ? position : Next(divisions[i - 1]),
                KalachakraSubPeriods.PadaRotation => position with { Index = (position.Index + i) % KalachakraTable.SignsPerPada },
                _ => throw new ArgumentOutOfRangeException(nameof(options), options.SubPeriods, "Unknown Kalachakra sub-period rule"),
            };
        }

        return divisions;
    }

    private int NextPada(int pada) => options.Continuation switch
    {
        KalachakraContinuation.NextPada => (pada + 1) % PadaCount,
        KalachakraContinuation.WithinTriad => pada % PadasPerTriad == PadasPerTriad - 1 ? pada - (PadasPerTriad - 1) : pada + 1,
        _ => throw new ArgumentOutOfRangeException(nameof(options), options.Continuation, "Unknown Kalachakra continuation"),
    };
}
