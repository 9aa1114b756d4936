using Jyotishika.Engine.Analysis;
using Jyotishika.Engine.Yogas;

namespace Jyotishika.Engine.Tests.Yogas;

/// <summary>The shape of a report: every yoga once, stable keys, and the grahas, houses and conditions that formed each.</summary>
public sealed class YogaReportTests
{
    private const string Ordinary = "Sg: Su=Le Mo=Cn Ma=Li Me=Vi Ju=Sg Ve=Li Sa=Aq Ra=Ge";

    [Test]
    public void Every_yoga_is_reported_once_in_order()
    {
        var report = YogaEvaluator.Evaluate(YogaCharts.Parse(Ordinary));

        Assert.That(report.Results.Select(result => result.Yoga), Is.EqualTo(Enum.GetValues<Yoga>()));
        Assert.That(report.Results.Where(result => result.State == YogaState.Absent),
            Has.All.Matches<YogaResult>(result => result.Grahas.Count == 0 && result.Houses.Count == 0 && result.Conditions.Count == 0));
        Assert.That(report.Results.Select(result => result.Rule), Has.All.Not.Empty);
    }

    [TestCase(Yoga.Gajakesari, "GAJAKESARI")]
    [TestCase(Yoga.NeechaBhangaRaja, "NEECHA_BHANGA_RAJA")]
    [TestCase(Yoga.DharmaKarmadhipati, "DHARMA_KARMADHIPATI")]
    [TestCase(Yoga.MahaParivartana, "MAHA_PARIVARTANA")]
    public void Keys_are_upper_snake(Yoga yoga, string key) => Assert.That(yoga.Key(), Is.EqualTo(key));

    [Test]
    public void A_present_yoga_names_its_grahas_and_houses()
    {
        var hamsa = YogaEvaluator.Evaluate(YogaCharts.Parse("Ar: Su=Le Mo=Ta Ma=Sg Me=Vi Ju=Cn Ve=Ge Sa=Pi"))[Yoga.Hamsa];

        Assert.That(hamsa.Present, Is.True);
        Assert.That(hamsa.Grahas, Is.EqualTo(new[] { Graha.Jupiter }));
        Assert.That(hamsa.Houses, Is.EqualTo(new[] { 4 }));
        Assert.That(hamsa.Key, Is.EqualTo("HAMSA"));
    }

    [Test]
    public void Parivartana_names_the_exchanging_lords_and_their_houses()
    {
        var maha = YogaEvaluator.Evaluate(YogaCharts.Parse("Ar: Su=Ar Mo=Ta Ma=Le Me=Vi Ju=Sg Ve=Li Sa=Pi"))[Yoga.MahaParivartana];

        Assert.That(maha.Grahas, Is.EqualTo(new[] { Graha.Sun, Graha.Mars }));
        Assert.That(maha.Houses, Is.EqualTo(new[] { 1, 5 }));
        Assert.That(maha.Conditions.Single().Kind, Is.EqualTo(YogaConditionKind.Exchange));
    }

    [Test]
    public void Neecha_bhanga_names_the_debilitated_graha_and_the_one_that_cancels()
    {
        var chart = YogaCharts.Parse("Ar: Su=Li Mo=Ta Ma=Sg Me=Sg Ju=Ge Ve=Cn Sa=Pi");
        var venusInFourth = YogaEvaluator.Evaluate(chart)[Yoga.NeechaBhangaRaja];

        Assert.That(venusInFourth.Grahas, Is.EqualTo(new[] { Graha.Sun }));
        Assert.That(venusInFourth.Houses, Is.EqualTo(new[] { 7 }));
        var condition = venusInFourth.Conditions.Single();
        Assert.That(condition.Kind, Is.EqualTo(YogaConditionKind.DebilitationSignLordInKendra));
        Assert.That(condition.Grahas, Is.EqualTo(new[] { Graha.Sun, Graha.Venus }));
    }

    [Test]
    public void Neecha_bhanga_reports_every_condition_met()
    {
        // The Sun in Libra with Venus in the 4th, Mars exalted in the 10th and Saturn exalted in the 7th beside it.
        var all = YogaEvaluator.Evaluate(YogaCharts.Parse("Ar: Su=Li Mo=Ta Ma=Cp Me=Sg Ju=Ge Ve=Cn Sa=Li"))[Yoga.NeechaBhangaRaja];

        Assert.That(all.Conditions.Select(condition => condition.Kind), Is.EqualTo(new[]
        {
            YogaConditionKind.DebilitationSignLordInKendra,
            YogaConditionKind.ExaltationSignLordInKendra,
            YogaConditionKind.GrahaExaltedThereInKendra,
        }));
    }

    [Test]
    public void Dharma_karmadhipati_names_the_relation()
    {
        var exchange = YogaEvaluator.Evaluate(YogaCharts.Parse("Ar: Su=Le Mo=Ar Ma=Sc Me=Vi Ju=Cp Ve=Le Sa=Sg"))[Yoga.DharmaKarmadhipati];
        var sameLord = YogaEvaluator.Evaluate(YogaCharts.Parse("Ta: Su=Le Mo=Ar Ma=Sc Me=Vi Ju=Cp Ve=Le Sa=Ar"))[Yoga.DharmaKarmadhipati];

        Assert.That(exchange.Conditions.Select(condition => condition.Kind), Is.EqualTo(new[] { YogaConditionKind.Exchange }));
        Assert.That(sameLord.Conditions.Select(condition => condition.Kind), Is.EqualTo(new[] { YogaConditionKind.SameLord }));
        Assert.That(sameLord.Grahas, Is.EqualTo(new[] { Graha.Saturn }));
    }

    [Test]
    public void Lakshmi_says_what_it_could_not_read()
    {
        var lakshmi = YogaEvaluator.Evaluate(YogaCharts.Parse("Ar: Su=Le Mo=Ar Ma=Ta Me=Vi Ju=Cn Ve=Li Sa=Pi"))[Yoga.Lakshmi];

        Assert.That(lakshmi.State, Is.EqualTo(YogaState.NotEvaluable));
        Assert.That(lakshmi.Conditions.Single().Kind, Is.EqualTo(YogaConditionKind.StrengthNotComputed));
        Assert.That(lakshmi.Conditions.Single().Grahas, Is.EqualTo(new[] { Graha.Mars }));
    }

    [Test]
    public void A_chart_without_the_seven_grahas_is_refused()
    {
        var partial = new SignChart(0, null, new Dictionary<Graha, SignPosition> { [Graha.Sun] = new(4) });

        Assert.That(() => YogaEvaluator.Evaluate(partial), Throws.ArgumentException);
    }

    [Test]
    public void A_computed_style_chart_with_degrees_reads_the_same_as_signs_alone()
    {
        var signs = YogaCharts.Parse(Ordinary);
        var withDegrees = signs with
        {
            AscendantDegree = 12.5,
            Grahas = signs.Grahas.ToDictionary(pair => pair.Key, pair => pair.Value with { DegreeInSign = 17.25, Retrograde = false }),
        };

        var fromSigns = YogaEvaluator.Evaluate(signs).Results.Select(result => result.State);
        var fromDegrees = YogaEvaluator.Evaluate(withDegrees).Results.Select(result => result.State);

        Assert.That(fromDegrees, Is.EqualTo(fromSigns));
    }
}
