namespace Jyotishika.Engine.Matching;

/// <summary>The fourteen yoni animals.</summary>
public enum Yoni
{
    Horse = 1,
    Elephant = 2,
    Sheep = 3,
    Serpent = 4,
    Dog = 5,
    Cat = 6,
    Rat = 7,
    Cow = 8,
    Buffalo = 9,
    Tiger = 10,
    Deer = 11,
    Monkey = 12,
    Mongoose = 13,
    Lion = 14,
}

/// <summary>How two yonis regard each other, named by the points they give.</summary>
public enum YoniRelation
{
    Enemy = 0,
    Unfriendly = 1,
    Neutral = 2,
    Friendly = 3,
    Same = 4,
}

public static class Yonis
{
    // Nakshatras 1..27 (Muhurta Chintamani, Vivaha Prakarana, yoni koota). Abhijit (Mongoose) is not a birth star here.
    private static readonly Yoni[] ByNakshatra =
    [
        Yoni.Horse, Yoni.Elephant, Yoni.Sheep, Yoni.Serpent, Yoni.Serpent, Yoni.Dog, Yoni.Cat, Yoni.Sheep, Yoni.Cat,
        Yoni.Rat, Yoni.Rat, Yoni.Cow, Yoni.Buffalo, Yoni.Tiger, Yoni.Buffalo, Yoni.Tiger, Yoni.Deer, Yoni.Deer,
        Yoni.Dog, Yoni.Monkey, Yoni.Mongoose, Yoni.Monkey, Yoni.Lion, Yoni.Horse, Yoni.Lion, Yoni.Cow, Yoni.Elephant,
    ];

    // The symmetric yoni table: 4 same, 0 for the seven sworn-enemy pairs (horse–buffalo, elephant–lion, sheep–monkey,
    // serpent–mongoose, dog–deer, cat–rat, cow–tiger), 1 … 3 for lesser enmity and friendship.
    private static readonly int[,] Points =
    {
        { 4, 2, 2, 3, 2, 2, 2, 1, 0, 1, 1, 3, 2, 1 },
        { 2, 4, 3, 3, 2, 2, 2, 2, 3, 1, 2, 3, 2, 0 },
        { 2, 3, 4, 2, 1, 2, 1, 3, 3, 1, 2, 0, 3, 1 },
        { 3, 3, 2, 4, 2, 1, 1, 1, 1, 2, 2, 2, 0, 2 },
        { 2, 2, 1, 2, 4, 2, 1, 2, 2, 1, 0, 2, 1, 1 },
        { 2, 2, 2, 1, 2, 4, 0, 2, 2, 1, 3, 3, 2, 1 },
        { 2, 2, 1, 1, 1, 0, 4, 2, 2, 2, 2, 2, 1, 2 },
        { 1, 2, 3, 1, 2, 2, 2, 4, 3, 0, 3, 2, 2, 1 },
        { 0, 3, 3, 1, 2, 2, 2, 3, 4, 1, 2, 2, 2, 1 },
        { 1, 1, 1, 2, 1, 1, 2, 0, 1, 4, 1, 1, 2, 1 },
        { 1, 2, 2, 2, 0, 3, 2, 3, 2, 1, 4, 2, 2, 1 },
        { 3, 3, 0, 2, 2, 3, 2, 2, 2, 1, 2, 4, 3, 2 },
        { 2, 2, 3, 0, 1, 2, 1, 2, 2, 2, 2, 3, 4, 2 },
        { 1, 0, 1, 2, 1, 1, 2, 1, 1, 1, 1, 2, 2, 4 },
    };

    public static Yoni Of(int nakshatra) => ByNakshatra[nakshatra - 1];

    public static int Score(Yoni a, Yoni b) => Points[(int)a - 1, (int)b - 1];

    public static YoniRelation RelationOf(Yoni a, Yoni b) => (YoniRelation)Score(a, b);
}
