using Jyotishika.Engine.Panchang;
using NodaTime;

namespace Jyotishika.Engine.Tests.Panchang;

/// <summary>Places and days the panchang tests use, spread over both hemispheres, both sides of Greenwich and the Arctic.</summary>
internal static class Places
{
    public static PanchangInput Delhi(int year, int month, int day) => At(year, month, day, 28.6139, 77.2090, "Asia/Kolkata");

    public static PanchangInput At(int year, int month, int day, double latitude, double longitude, string zone) =>
        new(new LocalDate(year, month, day), latitude, longitude, DateTimeZoneProviders.Tzdb[zone], ChartSettings.Default);

    public static IEnumerable<TestCaseData> RiseCases()
    {
        yield return new TestCaseData(At(2024, 4, 8, 28.6139, 77.2090, "Asia/Kolkata")).SetName("Delhi 2024-04-08");
        yield return new TestCaseData(At(2024, 3, 25, 40.7128, -74.0060, "America/New_York")).SetName("New York 2024-03-25");
        yield return new TestCaseData(At(2024, 6, 21, 51.5074, -0.1278, "Europe/London")).SetName("London 2024-06-21");
        yield return new TestCaseData(At(2024, 12, 1, -33.8688, 151.2093, "Australia/Sydney")).SetName("Sydney 2024-12-01");
        yield return new TestCaseData(At(2000, 1, 1, 13.0827, 80.2707, "Asia/Kolkata")).SetName("Chennai 2000-01-01");
        yield return new TestCaseData(At(1950, 11, 3, -22.9068, -43.1729, "America/Sao_Paulo")).SetName("Rio 1950-11-03");
        yield return new TestCaseData(At(2024, 6, 21, 69.6492, 18.9553, "Europe/Oslo")).SetName("Tromso midnight sun 2024-06-21");
        yield return new TestCaseData(At(2024, 12, 21, 69.6492, 18.9553, "Europe/Oslo")).SetName("Tromso polar night 2024-12-21");
    }
}
