namespace Jyotishika.Server.Platform.Identity;

/// <summary>How sign-ins ended, counted for <c>jyotishika_sign_ins_total{result}</c> (alerting on failures).</summary>
public sealed class SignInOutcomes
{
    private long succeeded;
    private long denied;
    private long failed;
    private long unavailable;

    /// <summary>A session was created.</summary>
    public void Succeeded() => Interlocked.Increment(ref succeeded);

    /// <summary>The identity was valid but not allowed in (not on the allowlist, inactive, unverified email).</summary>
    public void Denied() => Interlocked.Increment(ref denied);

    /// <summary>The exchange with the identity provider failed (bad state, nonce, code, token).</summary>
    public void Failed() => Interlocked.Increment(ref failed);

    /// <summary>A store the sign-in needs was down.</summary>
    public void Unavailable() => Interlocked.Increment(ref unavailable);

    public IReadOnlyDictionary<string, long> Totals => new Dictionary<string, long>(StringComparer.Ordinal)
    {
        ["succeeded"] = Interlocked.Read(ref succeeded),
        ["denied"] = Interlocked.Read(ref denied),
        ["failed"] = Interlocked.Read(ref failed),
        ["unavailable"] = Interlocked.Read(ref unavailable),
    };
}
