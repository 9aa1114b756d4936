using Jyotishika.Engine.Yogas;

namespace Jyotishika.Engine.Tests.Yogas;

/// <summary>Each option turns the reading it names, and only that: the same chart under the default and under the option.</summary>
public sealed class YogaOptionTests
{
    private static YogaResult Read(string chart, Yoga yoga, YogaOptions? options = null) =>
        YogaEvaluator.Evaluate(YogaCharts.Parse(chart), options)[yoga];

    [Test]
    public void Sunapha_counts_the_Sun_only_when_asked()
    {
        const string SunSecondFromMoon = "Ar: Su=Ta Mo=Ar Ma=Vi Me=Vi Ju=Sg Ve=Le Sa=Li";

        Assert.That(Read(SunSecondFromMoon, Yoga.Sunapha).State, Is.EqualTo(YogaState.Absent));
        var counted = Read(SunSecondFromMoon, Yoga.Sunapha, new YogaOptions { LunarYogasCountSun = true });
        Assert.That(counted.State, Is.EqualTo(YogaState.Present));
        Assert.That(counted.Grahas, Is.EqualTo(new[] { Graha.Sun }));
        Assert.That(
            Read(SunSecondFromMoon, Yoga.Kemadruma, new YogaOptions { LunarYogasCountSun = true }).State, Is.EqualTo(YogaState.Absent));
    }

    [Test]
    public void Sunapha_counts_the_nodes_only_when_asked()
    {
        const string RahuSecondFromMoon = "Ar: Su=Le Mo=Ar Ma=Vi Me=Vi Ju=Sg Ve=Le Sa=Li Ra=Ta";

        Assert.That(Read(RahuSecondFromMoon, Yoga.Sunapha).State, Is.EqualTo(YogaState.Absent));
        var counted = Read(RahuSecondFromMoon, Yoga.Sunapha, new YogaOptions { LunarYogasCountNodes = true });
        Assert.That(counted.State, Is.EqualTo(YogaState.Present));
        Assert.That(counted.Grahas, Is.EqualTo(new[] { Graha.Rahu }));
        Assert.That(counted.Houses, Is.EqualTo(new[] { 2 }));
    }

    [Test]
    public void Kemadruma_names_each_cancellation_it_applies()
    {
        const string SaturnInTenth = "Ar: Su=Le Mo=Ta Ma=Vi Me=Vi Ju=Sg Ve=Pi Sa=Cp";

        var cancelled = Read(SaturnInTenth, Yoga.Kemadruma);

        Assert.That(cancelled.State, Is.EqualTo(YogaState.Cancelled));
        Assert.That(cancelled.Conditions, Has.Count.EqualTo(1));
        Assert.That(cancelled.Conditions[0].Kind, Is.EqualTo(YogaConditionKind.GrahaInKendraFromAscendant));
        Assert.That(cancelled.Conditions[0].Grahas, Is.EqualTo(new[] { Graha.Saturn }));
        Assert.That(cancelled.Conditions[0].Kind.Key(), Is.EqualTo("GRAHA_IN_KENDRA_FROM_ASCENDANT"));

        var uncancelled = Read(SaturnInTenth, Yoga.Kemadruma, new YogaOptions { KemadrumaCancellations = KemadrumaCancellations.None });
        Assert.That(uncancelled.State, Is.EqualTo(YogaState.Present));
        Assert.That(uncancelled.Conditions, Is.Empty);
        Assert.That(uncancelled.Houses, Is.EqualTo(new[] { 2 }));
    }

    [Test]
    public void Kemadruma_is_cancelled_by_a_graha_with_the_Moon_only_when_asked()
    {
        const string MercuryWithMoon = "Ar: Su=Le Mo=Ta Ma=Vi Me=Ta Ju=Sg Ve=Pi Sa=Sg";

        Assert.That(Read(MercuryWithMoon, Yoga.Kemadruma).State, Is.EqualTo(YogaState.Present));
        var options = new YogaOptions { KemadrumaCancellations = KemadrumaCancellations.GrahaWithMoon };
        var withMoon = Read(MercuryWithMoon, Yoga.Kemadruma, options);
        Assert.That(withMoon.State, Is.EqualTo(YogaState.Cancelled));
        Assert.That(withMoon.Conditions.Single().Kind, Is.EqualTo(YogaConditionKind.GrahaWithMoon));
    }

    [Test]
    public void Mahapurusha_kendras_from_the_Moon_only_when_asked()
    {
        const string JupiterTenthFromMoon = "Ar: Su=Le Mo=Pi Ma=Sg Me=Vi Ju=Sg Ve=Ge Sa=Ta";

        Assert.That(Read(JupiterTenthFromMoon, Yoga.Hamsa).State, Is.EqualTo(YogaState.Absent));
        var options = new YogaOptions { MahapurushaKendrasFrom = HouseReference.AscendantOrMoon };
        Assert.That(Read(JupiterTenthFromMoon, Yoga.Hamsa, options).State, Is.EqualTo(YogaState.Present));
    }

    [Test]
    public void Gajakesari_kendras_from_the_ascendant_only_when_asked()
    {
        const string JupiterTenthFromAscendant = "Ar: Su=Le Mo=Ta Ma=Sg Me=Vi Ju=Cp Ve=Ge Sa=Pi";

        Assert.That(Read(JupiterTenthFromAscendant, Yoga.Gajakesari).State, Is.EqualTo(YogaState.Absent));
        var options = new YogaOptions { GajakesariKendrasFrom = HouseReference.AscendantOrMoon };
        Assert.That(Read(JupiterTenthFromAscendant, Yoga.Gajakesari, options).State, Is.EqualTo(YogaState.Present));
    }

    [Test]
    public void Adhi_with_any_benefic_accepts_one()
    {
        const string MercuryAndVenusOnly = "Ar: Su=Le Mo=Ar Ma=Ta Me=Vi Ju=Sg Ve=Sc Sa=Pi";

        var any = Read(MercuryAndVenusOnly, Yoga.Adhi, new YogaOptions { AdhiReading = AdhiReading.AnyBenefic });

        Assert.That(any.State, Is.EqualTo(YogaState.Present));
        Assert.That(any.Grahas, Is.EqualTo(new[] { Graha.Mercury, Graha.Venus }));
    }

    [Test]
    public void Vasumati_from_the_Moon_alone_ignores_the_ascendant()
    {
        const string UpachayasFromAscendant = "Ar: Su=Le Mo=Pi Ma=Ta Me=Ge Ju=Cp Ve=Aq Sa=Li";

        Assert.That(Read(UpachayasFromAscendant, Yoga.Vasumati, new YogaOptions { VasumatiFrom = HouseReference.Moon }).State,
            Is.EqualTo(YogaState.Absent));
    }

    [Test]
    public void Amala_from_the_ascendant_alone_ignores_the_Moon()
    {
        // The 10th from the ascendant (Capricorn) is empty; the 10th from the Moon in Cancer (Aries) holds Venus alone.
        const string VenusTenthFromMoon = "Ar: Su=Le Mo=Cn Ma=Ta Me=Vi Ju=Sg Ve=Ar Sa=Pi";

        Assert.That(Read(VenusTenthFromMoon, Yoga.Amala).State, Is.EqualTo(YogaState.Present));
        Assert.That(Read(VenusTenthFromMoon, Yoga.Amala, new YogaOptions { AmalaFrom = HouseReference.Ascendant }).State,
            Is.EqualTo(YogaState.Absent));
    }

    [Test]
    public void Amala_tolerates_a_malefic_beside_the_benefic_only_when_asked()
    {
        const string SaturnWithJupiterInTenth = "Ar: Su=Le Mo=Ar Ma=Ta Me=Vi Ju=Cp Ve=Li Sa=Cp";

        Assert.That(Read(SaturnWithJupiterInTenth, Yoga.Amala).State, Is.EqualTo(YogaState.Absent));
        var lenient = Read(SaturnWithJupiterInTenth, Yoga.Amala, new YogaOptions { AmalaOnlyBenefics = false });
        Assert.That(lenient.State, Is.EqualTo(YogaState.Present));
        Assert.That(lenient.Grahas, Is.EqualTo(new[] { Graha.Jupiter }));
    }

    [Test]
    public void Nabhasa_spans_need_every_house_held_unless_told_otherwise()
    {
        const string FourthEmpty = "Ar: Su=Ar Mo=Ta Ma=Ge Me=Ge Ju=Ar Ve=Ta Sa=Ge";

        Assert.That(Read(FourthEmpty, Yoga.Yupa).State, Is.EqualTo(YogaState.Absent));
        var options = new YogaOptions { NabhasaEveryHouseOccupied = false };
        Assert.That(Read(FourthEmpty, Yoga.Yupa, options).State, Is.EqualTo(YogaState.Present));
    }

    [Test]
    public void Vajra_ignores_the_Moon_when_it_is_not_counted_a_benefic()
    {
        const string MoonInFourth = "Ar: Su=Cn Mo=Cn Ma=Cp Me=Li Ju=Ar Ve=Li Sa=Cn";

        Assert.That(Read(MoonInFourth, Yoga.Vajra).State, Is.EqualTo(YogaState.Absent));
        Assert.That(Read(MoonInFourth, Yoga.Vajra, new YogaOptions { NabhasaMoonIsBenefic = false }).State, Is.EqualTo(YogaState.Present));
    }

    [Test]
    public void The_report_carries_the_options_it_was_read_with()
    {
        var options = new YogaOptions { LunarYogasCountNodes = true };

        var report = YogaEvaluator.Evaluate(YogaCharts.Parse("Ar: Su=Le Mo=Ar Ma=Vi Me=Vi Ju=Sg Ve=Le Sa=Li Ra=Ta"), options);

        Assert.That(report.Options, Is.SameAs(options));
        var unspecified = YogaEvaluator.Evaluate(YogaCharts.Parse("Ar: Su=Le Mo=Ar Ma=Vi Me=Vi Ju=Sg Ve=Le Sa=Li"));
        Assert.That(unspecified.Options, Is.EqualTo(YogaOptions.Default));
    }
}
