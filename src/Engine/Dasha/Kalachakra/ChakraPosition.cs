namespace Jyotishika.Engine.Dasha.Kalachakra;

/// <summary>
/// One of the zodiac's 108 × 9 = 972 Kalachakra dashas: the pada (0 = Ashwini 1 … 107 = Revati 4) and the dasha's place
/// among the pada's nine signs. A sign repeats inside a chakra, so a period is known by its position, not its sign.
/// </summary>
internal readonly record struct ChakraPosition(int Pada, int Index);
