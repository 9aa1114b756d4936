namespace Jyotishika.Engine.Tests.Panchang;

public sealed class PanchangValidationTests
{
    [Test]
    public void DatesOutsideTheEphemerisAreRejectedBeforeAnyNativeCall()
    {
        var exception = Assert.ThrowsAsync<InvalidInputException>(() => PanchangPool.Engine.ComputeAsync(Places.Delhi(1799, 6, 1)));
        Assert.That(exception!.Problems, Is.EqualTo(new[]
        {
            new InputProblem(InputPart.PanchangDate, ProblemKind.OutsideEphemeris)
            {
                Dates = new DateLimits(new DateOnly(1800, 2, 11), new DateOnly(2399, 11, 21)),
            },
        }));
    }

    [Test]
    public void BadCoordinatesAreRejected() =>
        Assert.ThrowsAsync<InvalidInputException>(() => PanchangPool.Engine.ComputeAsync(Places.Delhi(2024, 1, 1) with { Latitude = 90 }));
}
