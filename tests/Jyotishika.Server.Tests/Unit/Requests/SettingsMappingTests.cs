using Google.Protobuf.Reflection;
using Jyotishika.Server.Platform.Requests;
using Contract = Jyotishika.V1;
using Domain = Jyotishika.Engine;

namespace Jyotishika.Server.Tests.Unit.Requests;

/// <summary>
/// The contract's enum values and the engine's are the same concepts under two naming styles; these tests pin each
/// pair by name so a renumbering on either side cannot silently map one ayanamsha or house system onto another.
/// </summary>
public sealed class SettingsMappingTests
{
    [Test]
    public void Every_contract_house_system_maps_to_the_engine_system_of_the_same_name_and_back()
    {
        foreach (var value in Specified<Contract.HouseSystem>())
        {
            var engine = SettingsMapping.ToEngine(value);
            Assert.That(engine, Is.Not.Null, value.ToString());
            Assert.That(Squash(engine!.Value.ToString()), Is.EqualTo(Squash(ContractName(Enum("HouseSystem"), (int)value))));
            Assert.That(SettingsMapping.ToContract(engine.Value), Is.EqualTo(value));
        }

        Assert.That(Specified<Contract.HouseSystem>(), Has.Count.EqualTo(System.Enum.GetValues<Domain.HouseSystem>().Length));
    }

    [Test]
    public void Every_contract_ayanamsha_maps_to_the_engine_ayanamsha_of_the_same_name_and_back()
    {
        foreach (var value in Specified<Contract.Ayanamsha>())
        {
            var engine = SettingsMapping.ToEngine(value);
            Assert.That(engine, Is.Not.Null, value.ToString());
            Assert.That(Squash(engine!.Value.ToString()), Is.EqualTo(Squash(ContractName(Enum("Ayanamsha"), (int)value))));
            Assert.That(SettingsMapping.ToContract(engine.Value), Is.EqualTo(value));
        }

        Assert.That(Specified<Contract.Ayanamsha>(), Has.Count.EqualTo(System.Enum.GetValues<Domain.Ayanamsha>().Length));
    }

    [Test]
    public void Contract_ayanamsha_numbers_are_the_library_modes_plus_one()
    {
        // Pinned from the Swiss Ephemeris header (SE_SIDM_FAGAN_BRADLEY 0, SE_SIDM_LAHIRI 1, SE_SIDM_TRUE_CITRA 27,
        // SE_SIDM_LAHIRI_ICRC 46).
        Assert.Multiple(() =>
        {
            Assert.That(SettingsMapping.ToEngine(Contract.Ayanamsha.FaganBradley), Is.EqualTo(Domain.Ayanamsha.FaganBradley));
            Assert.That((int)Domain.Ayanamsha.FaganBradley, Is.Zero);
            Assert.That((int)Domain.Ayanamsha.Lahiri, Is.EqualTo(1));
            Assert.That((int)Domain.Ayanamsha.TrueCitra, Is.EqualTo(27));
            Assert.That((int)Domain.Ayanamsha.LahiriIcrc, Is.EqualTo(46));
            Assert.That(SettingsMapping.ToEngine(Contract.Ayanamsha.Unspecified), Is.EqualTo(Domain.Ayanamsha.Lahiri));
        });
    }

    [Test]
    public void Every_planet_maps_by_name()
    {
        foreach (var graha in System.Enum.GetValues<Domain.Graha>())
        {
            var contract = SettingsMapping.ToContract(graha);
            Assert.That(Squash(ContractName(Enum("Planet"), (int)contract)), Is.EqualTo(Squash(graha.ToString())));
        }
    }

    [Test]
    public void Unspecified_settings_take_the_documented_defaults()
    {
        Assert.Multiple(() =>
        {
            Assert.That(SettingsMapping.ToEngine(Contract.HouseSystem.Unspecified), Is.EqualTo(Domain.HouseSystem.WholeSign));
            Assert.That(SettingsMapping.ToEngine(Contract.NodeType.Unspecified), Is.EqualTo(Domain.NodeType.Mean));
            Assert.That(SettingsMapping.ToEngine(Contract.PositionType.Unspecified), Is.EqualTo(Domain.PositionType.Apparent));
        });
    }

    [Test]
    public void Unspecified_and_fast_calculation_paths_let_the_engine_choose()
    {
        Assert.Multiple(() =>
        {
            Assert.That(SettingsMapping.ToEngine(Contract.CalculationPath.Unspecified), Is.EqualTo(Domain.CalculationPath.Auto));
            Assert.That(SettingsMapping.ToEngine(Contract.CalculationPath.Fast), Is.EqualTo(Domain.CalculationPath.Auto));
            Assert.That(SettingsMapping.ToEngine(Contract.CalculationPath.Native), Is.EqualTo(Domain.CalculationPath.Native));
        });
    }

    [Test]
    public void An_unknown_number_becomes_a_violation_naming_the_field_and_the_default_so_other_fields_are_still_checked()
    {
        var violations = new RequestViolations();

        var houses = SettingsMapping.ToEngine((Contract.HouseSystem)999, "settings.houseSystem", violations);
        var ayanamsha = SettingsMapping.ToEngine((Contract.Ayanamsha)48, "ayanamsha", violations);
        var node = SettingsMapping.ToEngine((Contract.NodeType)3, "nodeType", violations);
        var positions = SettingsMapping.ToEngine((Contract.PositionType)3, "positions", violations);
        var path = SettingsMapping.ToEngine((Contract.CalculationPath)3, "calculationPath", violations);

        Assert.That((houses, ayanamsha, node, positions, path), Is.EqualTo((
            Domain.HouseSystem.WholeSign, Domain.Ayanamsha.Lahiri, Domain.NodeType.Mean, Domain.PositionType.Apparent,
            Domain.CalculationPath.Auto)));
        Assert.That(violations.All, Is.EqualTo(new[]
        {
            new InvalidField("settings.houseSystem", "is not a supported house system (e.g. WHOLE_SIGN, PLACIDUS, KOCH, EQUAL)"),
            new InvalidField("ayanamsha", "is not a supported ayanamsha (e.g. LAHIRI, RAMAN, KRISHNAMURTI, TRUE_CITRA)"),
            new InvalidField("nodeType", "must be MEAN or TRUE"),
            new InvalidField("positions", "must be APPARENT or GEOMETRIC"),
            new InvalidField("calculationPath", "must be FAST or NATIVE"),
        }));
    }

    [Test]
    public void A_known_value_adds_no_violation()
    {
        var violations = new RequestViolations();

        var houses = SettingsMapping.ToEngine(Contract.HouseSystem.Placidus, "houseSystem", violations);
        var ayanamsha = SettingsMapping.ToEngine(Contract.Ayanamsha.Unspecified, "ayanamsha", violations);

        Assert.That((houses, ayanamsha), Is.EqualTo((Domain.HouseSystem.Placidus, Domain.Ayanamsha.Lahiri)));
        Assert.That(violations.All, Is.Empty);
    }

    private static List<T> Specified<T>()
        where T : struct, System.Enum =>
        System.Enum.GetValues<T>().Where(v => Convert.ToInt32(v, System.Globalization.CultureInfo.InvariantCulture) != 0).ToList();

    /// <summary>The proto value name without its enum prefix: HOUSE_SYSTEM_WHOLE_SIGN → WHOLE_SIGN.</summary>
    private static string ContractName(EnumDescriptor descriptor, int number)
    {
        var name = descriptor.FindValueByNumber(number).Name;
        var prefix = descriptor.Values[0].Name[..^"UNSPECIFIED".Length];
        return name[prefix.Length..];
    }

    private static EnumDescriptor Enum(string name) => Contract.CommonReflection.Descriptor.FindTypeByName<EnumDescriptor>(name);

    private static string Squash(string name) => name.Replace("_", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
}
