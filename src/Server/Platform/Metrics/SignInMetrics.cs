namespace Jyotishika.Server.Platform.Metrics;

/// <summary>Sign-in outcomes (<see cref="SignInOutcomes"/>), copied when Prometheus scrapes.</summary>
internal sealed class SignInMetrics(SignInOutcomes outcomes) : ScrapedMetrics
{
    protected override Action CreateCollectors(IMetricFactory factory)
    {
        var counter = factory.CreateCounter(
            "jyotishika_sign_ins_total", "Browser sign-ins by how they ended: succeeded, denied, failed, unavailable.", ["result"]);
        return () => CopyByLabel(counter, outcomes.Totals);
    }
}
