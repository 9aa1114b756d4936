namespace Jyotishika.Engine.Tests;

/// <summary>Field-by-field comparison of two charts, doubles compared bit for bit.</summary>
internal static class ChartDifferences
{
    /// <summary>Every field where the charts differ, described; empty when they are identical.</summary>
    public static List<string> Between(Chart expected, Chart actual)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        var differences = new List<string>();
        Check(differences, "UtcInstant", expected.UtcInstant == actual.UtcInstant && expected.UtcInstant.Kind == actual.UtcInstant.Kind);
        Check(differences, "JulianDayUt", Same(expected.JulianDayUt, actual.JulianDayUt));
        Check(differences, "Latitude", Same(expected.Latitude, actual.Latitude));
        Check(differences, "Longitude", Same(expected.Longitude, actual.Longitude));
        Check(differences, "Settings", expected.Settings == actual.Settings);
        Check(differences, "AyanamshaDegrees", Same(expected.AyanamshaDegrees, actual.AyanamshaDegrees));
        Compare(differences, "Ascendant", expected.Ascendant, actual.Ascendant);
        Compare(differences, "Midheaven", expected.Midheaven, actual.Midheaven);

        Check(differences, "Cusps.Count", expected.Cusps.Count == actual.Cusps.Count);
        foreach (var (e, a) in expected.Cusps.Zip(actual.Cusps))
        {
            Check(differences, $"Cusp {e.House} number", e.House == a.House);
            Compare(differences, $"Cusp {e.House}", e.Placement, a.Placement);
        }

        Check(differences, "Grahas.Count", expected.Grahas.Count == actual.Grahas.Count);
        foreach (var (e, a) in expected.Grahas.Zip(actual.Grahas))
        {
            var name = e.Graha.ToString();
            Check(differences, $"{name} identity", e.Graha == a.Graha);
            Compare(differences, name, e.Placement, a.Placement);
            Check(differences, $"{name}.Latitude", Same(e.Latitude, a.Latitude));
            Check(differences, $"{name}.DistanceAu", Same(e.DistanceAu, a.DistanceAu));
            Check(differences, $"{name}.Speed", Same(e.Speed, a.Speed));
            Check(differences, $"{name}.House", e.House == a.House);
            Check(differences, $"{name}.Combust", e.Combust == a.Combust);
            Check(differences, $"{name}.Stationary", e.Stationary == a.Stationary);
            Check(differences, $"{name}.Retrograde", e.Retrograde == a.Retrograde);
        }

        return differences;
    }

    private static void Compare(List<string> differences, string name, Placement expected, Placement actual)
    {
        Check(differences, $"{name}.Longitude", Same(expected.Longitude, actual.Longitude));
        Check(differences, $"{name}.Sign", expected.Sign == actual.Sign);
        Check(differences, $"{name}.DegreeInSign", Same(expected.DegreeInSign, actual.DegreeInSign));
        Check(differences, $"{name}.Nakshatra", expected.Nakshatra == actual.Nakshatra);
        Check(differences, $"{name}.NavamsaSign", expected.NavamsaSign == actual.NavamsaSign);
    }

    /// <summary>Bit-for-bit equality: stricter than <c>==</c> (tells 0.0 from -0.0) and true for identical NaNs.</summary>
    private static bool Same(double a, double b) => BitConverter.DoubleToInt64Bits(a) == BitConverter.DoubleToInt64Bits(b);

    private static void Check(List<string> differences, string field, bool same)
    {
        if (!same)
        {
            differences.Add(field);
        }
    }
}
