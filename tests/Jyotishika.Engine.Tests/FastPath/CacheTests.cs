using Jyotishika.Engine.FastPath;

namespace Jyotishika.Engine.Tests.FastPath;

/// <summary>
/// The cache file: what is loaded equals what was built, bit for bit; a damaged file, or one for other fit parameters,
/// is never used. Uses tables over two months (the full tables take half a minute to build), in a folder of its own.
/// </summary>
[TestFixture]
public sealed class CacheTests
{
    private string folder = null!;

    [SetUp]
    public void CreateFolder()
    {
        folder = Path.Combine(Path.GetTempPath(), $"jyotishika-fastpath-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(folder, recursive: true);

    [Test]
    public async Task Loaded_tables_equal_the_built_tables_bit_for_bit()
    {
        var plans = ShortPlans();
        var built = await BuildAsync(plans).ConfigureAwait(false);
        var loaded = await BuildAsync(plans).ConfigureAwait(false);
        Assert.Multiple(() =>
        {
            Assert.That(built.Info.LoadedFromCache, Is.False);
            Assert.That(built.Info.CachePath, Does.Exist);
            Assert.That(loaded.Info.LoadedFromCache, Is.True);
            Assert.That(loaded.Info.NativeSamples, Is.Zero);
            AssertSameTables(loaded.Tables, built.Tables);
        });
    }

    [Test]
    public async Task A_corrupt_cache_file_is_rebuilt()
    {
        var plans = ShortPlans();
        var built = await BuildAsync(plans).ConfigureAwait(false);
        var path = built.Info.CachePath!;
        var bytes = await File.ReadAllBytesAsync(path).ConfigureAwait(false);
        bytes[bytes.Length / 2] ^= 0x5A;
        await File.WriteAllBytesAsync(path, bytes).ConfigureAwait(false);

        var rebuilt = await BuildAsync(plans).ConfigureAwait(false);
        var reloaded = await BuildAsync(plans).ConfigureAwait(false);
        Assert.Multiple(() =>
        {
            Assert.That(rebuilt.Info.LoadedFromCache, Is.False, "the damaged file is not used");
            Assert.That(reloaded.Info.LoadedFromCache, Is.True, "the rebuild rewrote the file");
            AssertSameTables(rebuilt.Tables, built.Tables);
        });
    }

    [Test]
    public async Task A_truncated_or_empty_cache_file_is_rebuilt()
    {
        var plans = ShortPlans();
        var built = await BuildAsync(plans).ConfigureAwait(false);
        var path = built.Info.CachePath!;
        await File.WriteAllBytesAsync(path, (await File.ReadAllBytesAsync(path).ConfigureAwait(false))[..100]).ConfigureAwait(false);
        var afterTruncation = await BuildAsync(plans).ConfigureAwait(false);
        await File.WriteAllBytesAsync(path, []).ConfigureAwait(false);
        var afterEmptying = await BuildAsync(plans).ConfigureAwait(false);
        Assert.Multiple(() =>
        {
            Assert.That(afterTruncation.Info.LoadedFromCache, Is.False);
            Assert.That(afterEmptying.Info.LoadedFromCache, Is.False);
        });
    }

    [Test]
    public async Task A_cache_for_other_fit_parameters_is_not_used()
    {
        var plans = ShortPlans();
        var built = await BuildAsync(plans).ConfigureAwait(false);
        var changed = plans.Select(p => p.Kind == SeriesKind.Nutation ? p with { Degrees = [20, 22] } : p).ToList();
        var key = CacheKey.Compute(FastPathTables.Pool.EphemerisPath, changed);
        Assert.Multiple(() =>
        {
            Assert.That(FastEphemerisFile.TryRead(built.Info.CachePath!, key, changed), Is.Null, "the file itself refuses the other key");
            Assert.That(key, Is.Not.EqualTo(CacheKey.Compute(FastPathTables.Pool.EphemerisPath, plans)));
        });
        var rebuilt = await BuildAsync(changed).ConfigureAwait(false);
        Assert.That(rebuilt.Info.LoadedFromCache, Is.False);
    }

    private Task<FastEphemeris> BuildAsync(IReadOnlyList<SeriesPlan> plans) =>
        FastEphemeris.LoadOrBuildAsync(FastPathTables.Pool, new FastEphemerisOptions { CacheDirectory = folder }, plans, CancellationToken.None);

    /// <summary>Every series over two months of 2000 (ΔT, nutation and sidereal time are required by the tables).</summary>
    private static List<SeriesPlan> ShortPlans()
    {
        var grids = EphemerisFileSegments.Read(FastPathTables.Pool.EphemerisPath);
        return FitParameters.Plans(grids, [1, 5])
            .Select(p => p with { Start = Math.Max(p.Start, 2451545.0), End = Math.Min(p.End, 2451605.0) })
            .ToList();
    }

    private static void AssertSameTables(FastEphemerisTables actual, FastEphemerisTables expected)
    {
        Assert.That(actual.Series, Has.Count.EqualTo(expected.Series.Count));
        for (var i = 0; i < expected.Series.Count; i++)
        {
            var (a, e) = (actual.Series[i], expected.Series[i]);
            Assert.That(a.Boundaries.ToArray(), Is.EqualTo(e.Boundaries.ToArray()).AsCollection, $"series {i} edges");
            Assert.That(a.Coefficients.ToArray(), Is.EqualTo(e.Coefficients.ToArray()).AsCollection, $"series {i} coefficients");
            Assert.That(
                Enumerable.Range(0, a.SegmentCount).Select(a.IsHole),
                Is.EqualTo(Enumerable.Range(0, e.SegmentCount).Select(e.IsHole)).AsCollection,
                $"series {i} holes");
        }

        Assert.That(actual.Utc.RunStarts.ToArray(), Is.EqualTo(expected.Utc.RunStarts.ToArray()));
        Assert.That(actual.Utc.RunStates.ToArray(), Is.EqualTo(expected.Utc.RunStates.ToArray()));
    }
}
