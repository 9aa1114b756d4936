using Jyotishika.Engine.Native;

namespace Jyotishika.Engine.Panchang;

// Kept in the AngaFinder namespace (a partial of it) so the whole-day listing reuses the very angles and solver the
// sunrise panchang uses; the day's other types live in Jyotishika.Engine.Panchang.Day.
internal sealed partial class AngaFinder
{
    internal IReadOnlyList<Day.AngaSpan> TithiSpans(double fromJd, double toJd) => Spans(Elongation, 30, fromJd, toJd, AngaNames.Tithi);

    internal IReadOnlyList<Day.AngaSpan> NakshatraSpans(double fromJd, double toJd) =>
        Spans(Moon, Engine.Nakshatra.Count, fromJd, toJd, n => Engine.Nakshatra.Names[n - 1]);

    /// <summary>Padas numbered 1 (Ashwini 1) … 108 (Revati 4): a quarter nakshatra, 3°20′ of the Moon.</summary>
    internal IReadOnlyList<Day.AngaSpan> NakshatraPadaSpans(double fromJd, double toJd) =>
        Spans(Moon, Engine.Nakshatra.Count * 4, fromJd, toJd, n => $"{Engine.Nakshatra.Names[(n - 1) / 4]} {(n - 1) % 4 + 1}");

    internal IReadOnlyList<Day.AngaSpan> YogaSpans(double fromJd, double toJd) =>
        Spans(SunPlusMoon, 27, fromJd, toJd, n => AngaNames.YogaNames[n - 1]);

    internal IReadOnlyList<Day.AngaSpan> KaranaSpans(double fromJd, double toJd) => Spans(Elongation, 60, fromJd, toJd, AngaNames.Karana);

    /// <summary>The Moon's sidereal signs (numbered 1 = Mesha … 12 = Meena) through the interval.</summary>
    internal IReadOnlyList<Day.AngaSpan> MoonSignSpans(double fromJd, double toJd) =>
        Spans(Moon, 12, fromJd, toJd, n => Zodiac.RashiNames[n - 1]);

    internal double SiderealSunLongitude(double julianDay) =>
        Arc.Normalize(session.Calculate(julianDay, SwissEph.BodySun, flags).Longitude - extraOffset);

    internal double TropicalSunLongitude(double julianDay) =>
        Arc.Normalize(session.Calculate(julianDay, SwissEph.BodySun, flags & ~SwissEph.FlagSidereal).Longitude);

    /// <summary>
    /// Every segment the angle passes through from <paramref name="fromJd"/> to <paramref name="toJd"/>: each next span starts
    /// at the very instant the previous one ends, so the list tiles the interval with no gap or overlap.
    /// </summary>
    private static List<Day.AngaSpan> Spans(
        Func<double, AngleSample> angle, int divisions, double fromJd, double toJd, Func<int, string> name)
    {
        var width = 360.0 / divisions;
        var index = Arc.Segment(angle(fromJd).Angle, divisions);
        var start = AngleSolver.Solve(angle, index * width, fromJd);
        var end = AngleSolver.Solve(angle, (index + 1) * width, fromJd);
        var number = index + 1;
        var spans = new List<Day.AngaSpan>();
        while (true)
        {
            spans.Add(new Day.AngaSpan(number, name(number), JulianDay.ToUtc(start), JulianDay.ToUtc(end)));
            if (end >= toJd)
            {
                return spans;
            }

            // From the shared boundary the next one is a whole segment ahead; Newton starts on the exact edge.
            number = number % divisions + 1;
            start = end;
            end = AngleSolver.Solve(angle, number * width, start);
        }
    }
}
