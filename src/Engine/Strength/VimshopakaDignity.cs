namespace Jyotishika.Engine.Strength;

/// <summary>
/// A graha's standing in one varga sign for vimshopaka bala (BPHS ch. 7 v. 21–25): in its own sign, or else its compound
/// (panchadha) relation to the sign's lord. Exaltation and moolatrikona earn nothing of their own here: the verses grade
/// only "own" (sva) vargas and the five compound relations, so an exalted graha is scored by its relation to the lord.
/// </summary>
public enum VimshopakaDignity
{
    /// <summary>Own sign (svavarga): 20 points.</summary>
    Own = 1,

    /// <summary>Great friend's sign (adhimitra, "pramudita"): 18 points.</summary>
    GreatFriend = 2,

    /// <summary>Friend's sign (mitra, "shanta"): 15 points.</summary>
    Friend = 3,

    /// <summary>Neutral's sign (sama, "svastha"): 10 points.</summary>
    Neutral = 4,

    /// <summary>Enemy's sign (shatru, "duhkhita"): 7 points.</summary>
    Enemy = 5,

    /// <summary>Great enemy's sign (adhishatru, "khala"): 5 points.</summary>
    GreatEnemy = 6,
}
