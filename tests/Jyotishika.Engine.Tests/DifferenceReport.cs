using System.Globalization;
using System.Text;

namespace Jyotishika.Engine.Tests;

/// <summary>Collects, across threads, the largest difference seen per quantity and every difference over its tolerance.</summary>
internal sealed class DifferenceReport
{
    private readonly Lock gate = new();
    private readonly SortedDictionary<string, (double Max, string Where, int Count, string Unit)> maxima = new(StringComparer.Ordinal);
    private readonly List<string> failures = [];

    public IReadOnlyList<string> Failures
    {
        get
        {
            lock (gate)
            {
                return [.. failures];
            }
        }
    }

    /// <summary>Records one comparison: <paramref name="difference"/>, in <paramref name="unit"/>, against its tolerance.</summary>
    public void Record(string quantity, double difference, double tolerance, string unit, string where)
    {
        lock (gate)
        {
            var (max, maxWhere, count, _) = maxima.GetValueOrDefault(quantity, (0.0, "", 0, unit));
            maxima[quantity] = difference > max || double.IsNaN(difference)
                ? (difference, where, count + 1, unit)
                : (max, maxWhere, count + 1, unit);
            if (!(difference <= tolerance))
            {
                failures.Add(string.Create(
                    CultureInfo.InvariantCulture, $"{quantity} differs by {difference:G6} {unit} (tolerance {tolerance:G3}) at {where}"));
            }
        }
    }

    public void Fail(string message)
    {
        lock (gate)
        {
            failures.Add(message);
        }
    }

    public string Summary()
    {
        lock (gate)
        {
            var text = new StringBuilder("Maximum differences against swetest:").AppendLine();
            foreach (var (quantity, (max, where, count, unit)) in maxima)
            {
                text.AppendLine(
                    CultureInfo.InvariantCulture, $"  {quantity,-16} {max,10:G4} {unit,-6} over {count,5} comparisons (at {where})");
            }

            return text.ToString();
        }
    }
}
