namespace Jyotishika.Engine.Matching;

/// <summary>Which side of the match a person is on; varna, vashya, tara, gana and bhakoot are read from one to the other.</summary>
public enum MatchRole
{
    Bride = 1,
    Groom = 2,
}
