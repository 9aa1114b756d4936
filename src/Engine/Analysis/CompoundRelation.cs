namespace Jyotishika.Engine.Analysis;

/// <summary>The five-fold (panchadha) relation of one graha to another, BPHS ch. 3.</summary>
public enum CompoundRelation
{
    GreatFriend = 1,
    Friend = 2,
    Neutral = 3,
    Enemy = 4,
    GreatEnemy = 5,
}

/// <summary>
/// The compound relation, BPHS ch. 3: the natural relation combined with the temporary one, where a graha standing in the
/// 2nd, 3rd, 4th, 10th, 11th or 12th sign from another is its temporary friend (otherwise its temporary enemy). Friend and
/// friend make a great friend, neutral and friend a friend, enemy and friend or friend and enemy a neutral, neutral and
/// enemy an enemy, enemy and enemy a great enemy.
/// </summary>
public static class CompoundRelations
{
    /// <summary>How <paramref name="graha"/> regards <paramref name="other"/>, the temporary part read from <paramref name="rasiSigns"/>.</summary>
    public static CompoundRelation Of(Graha graha, Graha other, IReadOnlyDictionary<Graha, int> rasiSigns)
    {
        ArgumentNullException.ThrowIfNull(rasiSigns);
        var offset = SignChart.Houses.Count(rasiSigns[graha], rasiSigns[other]);
        var temporaryFriend = offset is 2 or 3 or 4 or 10 or 11 or 12;
        return (Dignities.RelationOf(graha, other), temporaryFriend) switch
        {
            (NaturalRelation.Friend, true) => CompoundRelation.GreatFriend,
            (NaturalRelation.Neutral, true) => CompoundRelation.Friend,
            (NaturalRelation.Friend, false) or (NaturalRelation.Enemy, true) => CompoundRelation.Neutral,
            (NaturalRelation.Neutral, false) => CompoundRelation.Enemy,
            _ => CompoundRelation.GreatEnemy,
        };
    }
}
