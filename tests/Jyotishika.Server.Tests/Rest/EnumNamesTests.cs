using System.Globalization;
using Google.Protobuf.Reflection;
using Jyotishika.Server.Platform.Metrics;
using Jyotishika.Server.Platform.Rest;
using Jyotishika.Server.Platform.Rest.Json;
using Jyotishika.Server.Tests.Metrics;
using Prometheus;
using Contract = Jyotishika.V1;
using Domain = Jyotishika.Engine;

namespace Jyotishika.Server.Tests.Rest;

/// <summary>
/// The one enum-name table: what responses write must read back as the same value, requests may also send the proto
/// name or the number, and nothing else is taken.
/// </summary>
public sealed class EnumNamesTests
{
    public static IEnumerable<TestCaseData> ContractEnums() =>
        TranscodingJsonSetup.ContractFiles.SelectMany(file => file.EnumTypes.Concat(file.MessageTypes.SelectMany(NestedEnums)))
            .Select(type => new TestCaseData(type).SetArgDisplayNames(type.FullName));

    [TestCaseSource(nameof(ContractEnums))]
    public void Every_value_reads_back_from_its_written_name_its_proto_name_and_its_number(EnumDescriptor type)
    {
        var names = EnumNames.For(type);
        Assert.Multiple(() =>
        {
            foreach (var value in type.Values)
            {
                var written = names.Name(value.Number);
                Assert.That(written, Is.EqualTo(names.Encoded(removePrefix: true)[value.Number].Value), value.Name);
                Assert.That(names.Find(written!)?.Number, Is.EqualTo(value.Number), value.Name);
                Assert.That(names.Find(value.Name)?.Number, Is.EqualTo(value.Number), value.Name);
                Assert.That(names.Find(value.Number.ToString(CultureInfo.InvariantCulture))?.Number, Is.EqualTo(value.Number));
                Assert.That(names.Encoded(removePrefix: false)[value.Number].Value, Is.EqualTo(value.Name));
            }
        });
    }

    [TestCase("")]
    [TestCase("nope")]
    [TestCase("whole_sign")]
    [TestCase("HOUSE_SYSTEM_")]
    [TestCase("HOUSESYSTEM_EQUAL")]
    [TestCase("999")]
    [TestCase("1.5")]
    [TestCase(" 1")]
    public void Unknown_text_names_no_value(string text) =>
        Assert.That(EnumNames.For(Contract.CommonReflection.Descriptor.FindTypeByName<EnumDescriptor>("HouseSystem")).Find(text), Is.Null);

    [Test]
    public void Refusals_list_the_written_names_without_the_unspecified_value()
    {
        var names = EnumNames.For(typeof(Contract.HouseSystem))!;
        Assert.That(names.Expected, Does.StartWith("must be one of WHOLE_SIGN, EQUAL, PLACIDUS, KOCH,"));
        Assert.That(names.Expected, Does.EndWith(", PULLEN_SINUSOIDAL_RATIO, APC"));
        Assert.That(names.Expected, Does.Not.Contain("UNSPECIFIED"));
    }

    [Test]
    public void A_generated_enum_type_finds_its_descriptor_and_other_types_find_nothing()
    {
        Assert.That(EnumNames.For(typeof(Contract.Ayanamsha))?.Descriptor.FullName, Is.EqualTo("jyotishika.v1.Ayanamsha"));
        Assert.That(EnumNames.For(typeof(DayOfWeek)), Is.Null);
    }

    // Transcoding's RemoveEnumPrefix rule (JsonNamingHelpers in dotnet/aspnetcore, Microsoft.AspNetCore.Grpc.JsonTranscoding).
    [TestCase("Planet", "PLANET_SUN", "SUN")]
    [TestCase("HouseSystem", "HOUSE_SYSTEM_WHOLE_SIGN", "WHOLE_SIGN")]
    [TestCase("HouseSystem", "HOUSESYSTEM_EQUAL", "EQUAL")]
    [TestCase("DashaYearLength", "DASHA_YEAR_LENGTH_JULIAN_365_25", "JULIAN_365_25")]
    [TestCase("Edition", "EDITION_2023", "_2023")]
    [TestCase("Fold", "FOLD", "FOLD")]
    [TestCase("Planet", "SUN", "SUN")]
    public void Prefix_is_removed_when_a_name_remains_and_a_leading_digit_gets_an_underscore(string type, string value, string expected) =>
        Assert.That(EnumNames.WithoutPrefix(type, value), Is.EqualTo(expected));

    [Test]
    public async Task Metric_labels_are_the_names_responses_write()
    {
        var registry = Prometheus.Metrics.NewCustomRegistry();
        var timer = new ChartCalculationTimer(registry, TimeProvider.System);
        var settings = new Domain.ChartSettings { HouseSystem = Domain.HouseSystem.Placidus, Ayanamsha = Domain.Ayanamsha.KrishnamurtiVp291 };
        await timer.TimeAsync(settings, () => Task.FromResult(0)).ConfigureAwait(false);

        using var exported = new MemoryStream();
        await registry.CollectAndExportAsTextAsync(exported).ConfigureAwait(false);
        var samples = Scrape.Parse(System.Text.Encoding.UTF8.GetString(exported.ToArray()));
        var houseSystem = EnumNames.For(typeof(Contract.HouseSystem))!.Name((int)Contract.HouseSystem.Placidus);
        var ayanamsha = EnumNames.For(typeof(Contract.Ayanamsha))!.Name((int)Contract.Ayanamsha.KrishnamurtiVp291);
        Assert.That((houseSystem, ayanamsha), Is.EqualTo(("PLACIDUS", "KRISHNAMURTI_VP291")));
        Assert.That(samples.Named("jyotishika_chart_calculation_seconds_count", ("house_system", houseSystem!), ("ayanamsha", ayanamsha!))
            .Single().Value, Is.EqualTo(1));
    }

    private static IEnumerable<EnumDescriptor> NestedEnums(MessageDescriptor message) =>
        message.EnumTypes.Concat(message.NestedTypes.SelectMany(NestedEnums));
}
