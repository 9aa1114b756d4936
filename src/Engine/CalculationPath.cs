namespace Jyotishika.Engine;

/// <summary>
/// Which computation answers a request. Both give the same chart within the fast path's contract (longitudes within
/// 0.001″, speeds within 0.01″/day; see <see cref="FastPath.FastEphemeris"/>); the native path is the reference.
/// </summary>
public enum CalculationPath
{
    /// <summary>The fast path where it can answer within its contract, the native library otherwise.</summary>
    Auto = 0,

    /// <summary>Always the native library.</summary>
    Native = 1,
}
