using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using Jyotishika.Engine.Places;

namespace Jyotishika.Engine.Tests.Places;

[TestFixture]
public sealed class PlaceIndexLoadTests
{
    [Test]
    public void The_shipped_file_loads_every_place_compactly()
    {
        _ = PlaceData.Index; // JIT and file cache warm, as at any load after the first in a process.
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var watch = Stopwatch.StartNew();
        var index = PlaceIndex.Load(PlaceIndex.DefaultPath);
        watch.Stop();
        var retainedMb = (GC.GetTotalMemory(forceFullCollection: true) - before) / 1e6;
        GC.KeepAlive(index);
        TestContext.Out.WriteLine($"Loaded {index.Count} places in {watch.ElapsedMilliseconds} ms; index holds {retainedMb:F1} MB");

        Assert.Multiple(() =>
        {
            Assert.That(index.Count, Is.EqualTo(199_568), "every row of GeoNames cities500 (2023-03 snapshot)");

            // Load time is printed, not asserted: timing belongs in bench/ (PlaceIndex benchmarks), not a shared-machine test.
            Assert.That(retainedMb, Is.LessThan(150));
        });
    }

    [Test]
    public void A_place_carries_names_region_country_and_zone()
    {
        var pune = PlaceData.Index.Search("Pune", 1)[0];
        var expected = new Place(1259229, "Pune", "Maharashtra", "IN", "India", 18.51957, 73.85535, "Asia/Kolkata", 3124458);
        Assert.That(pune, Is.EqualTo(expected));
    }

    [Test]
    public void A_file_that_is_not_place_data_is_rejected()
    {
        var path = Path.Combine(Path.GetTempPath(), $"places-{Guid.NewGuid():N}.tsv.gz");
        try
        {
            using (var gzip = new GZipStream(File.Create(path), CompressionLevel.Fastest))
            {
                gzip.Write(Encoding.UTF8.GetBytes("#places\nnot\ta\tplace\n"));
            }

            Assert.That(() => PlaceIndex.Load(path), Throws.TypeOf<InvalidDataException>());
        }
        finally
        {
            File.Delete(path);
        }
    }
}
