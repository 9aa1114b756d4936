namespace Jyotishika.Engine.Tests.Panchang;

public sealed class PanchangValidationTests
{
    [Test]
    public void DatesOutsideTheEphemerisAreRejectedBeforeAnyNativeCall()
    {
        var exception = Assert.ThrowsAsync<InvalidInputException>(() => PanchangPool.Engine.ComputeAsync(Places.Delhi(1799, 6, 1)));
        Assert.That(exception!.Message, Does.Contain("date"));
    }

    [Test]
    public void BadCoordinatesAreRejected() =>
        Assert.ThrowsAsync<InvalidInputException>(() => PanchangPool.Engine.ComputeAsync(Places.Delhi(2024, 1, 1) with { Latitude = 90 }));
}
