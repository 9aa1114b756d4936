using Jyotishika.Engine.Native;

namespace Jyotishika.Engine.Tests;

[TestFixture]
public sealed class NativeLibraryTests
{
    [Test]
    public void Native_library_loads_and_reports_a_version_2_release()
    {
        Assert.That(EphemerisPool.LibraryVersion, Does.StartWith("2."));
    }
}
