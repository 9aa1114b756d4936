using Jyotishika.Server.Platform.Requests;
using Google.Protobuf.WellKnownTypes;
using Jyotishika.Engine;
using Jyotishika.Server.Features.Profiles;
using Jyotishika.Server.Tests.Infrastructure;
using Contract = Jyotishika.V1;

namespace Jyotishika.Server.Tests.Unit.Profiles;

/// <summary>What a caller may write to a profile or a note, named by request path, and partial updates.</summary>
public sealed class ProfileInputTests
{
    private const string NameRule = "must be 1 to 200 characters without control characters";
    private const string BodyRule = "must be at most 5000 characters, without control characters but line breaks and tabs";

    private static ProfileInput Input => InProcessServices.Get<ProfileInput>();

    [Test]
    public void A_valid_profile_is_stored_trimmed_with_its_birth_as_given()
    {
        var profile = new Contract.Profile { Name = "  Asha  ", PlaceName = " Pune ", Birth = ChartRequests.Pune1991() };

        var (name, place, birth) = Input.Check(profile);

        Assert.That((name, place), Is.EqualTo(("Asha", "Pune")));
        Assert.That(birth, Is.EqualTo(ChartRequests.Pune1991()));
    }

    [Test]
    public void A_place_name_may_be_empty()
    {
        var profile = new Contract.Profile { Name = "Asha", Birth = ChartRequests.Pune1991() };

        Assert.That(Input.Check(profile).PlaceName, Is.Empty);
    }

    [TestCase("")]
    [TestCase("   ")]
    [TestCase("tab\u0007bell")]
    public void A_name_that_is_empty_or_holds_control_characters_is_refused(string name)
    {
        var profile = new Contract.Profile { Name = name, Birth = ChartRequests.Pune1991() };

        Assert.That(Refusal(() => Input.Check(profile)), Is.EqualTo(new[] { new InvalidField("profile.name", NameRule) }));
    }

    [Test]
    public void Names_of_200_characters_pass_and_201_do_not()
    {
        var longest = new Contract.Profile
        {
            Name = new string('a', 200), PlaceName = new string('p', 200), Birth = ChartRequests.Pune1991(),
        };
        Assert.That(Input.Check(longest).Name, Has.Length.EqualTo(200));

        var tooLong = longest.Clone();
        tooLong.Name += "a";
        tooLong.PlaceName += "p";
        Assert.That(Refusal(() => Input.Check(tooLong)), Is.EqualTo(new[]
        {
            new InvalidField("profile.name", NameRule),
            new InvalidField("profile.placeName", "must be 0 to 200 characters without control characters"),
        }));
    }

    [Test]
    public void A_profile_without_a_birth_is_refused()
    {
        Assert.That(Refusal(() => Input.Check(new Contract.Profile { Name = "Asha" })), Is.EqualTo(new[]
        {
            new InvalidField("profile.birth", "is required: the birth time, zone information and coordinates, as in a chart request"),
        }));
    }

    [Test]
    public void The_birth_is_checked_as_a_chart_request_and_named_under_profile_birth()
    {
        var birth = ChartRequests.Pune1991();
        birth.Latitude = 95;
        birth.Tz = "Nowhere/Special";

        var violations = Refusal(() => Input.Check(new Contract.Profile { Name = string.Empty, Birth = birth }));

        Assert.That(violations.Select(v => v.Field), Is.EqualTo(new[] { "profile.name", "profile.birth.latitude", "profile.birth.tz" }));
    }

    [Test]
    public void A_note_keeps_line_breaks_and_tabs_in_its_body()
    {
        var (title, body) = Input.Check(new Contract.Note { Title = " Transit ", Body = "Saturn\r\n\tin Pisces" });

        Assert.That((title, body), Is.EqualTo(("Transit", "Saturn\r\n\tin Pisces")));
    }

    [TestCase("NUL \0 byte")]
    [TestCase("escape \u001b[0m")]
    public void A_note_body_with_other_control_characters_is_refused(string body)
    {
        Assert.That(Refusal(() => Input.Check(new Contract.Note { Title = "Transit", Body = body })),
            Is.EqualTo(new[] { new InvalidField("note.body", BodyRule) }));
    }

    [Test]
    public void A_note_without_a_title_and_with_5001_characters_names_both()
    {
        Assert.That(Input.Check(new Contract.Note { Title = "t", Body = new string('b', 5000) }).Body, Has.Length.EqualTo(5000));
        Assert.That(Refusal(() => Input.Check(new Contract.Note { Body = new string('b', 5001) })), Is.EqualTo(new[]
        {
            new InvalidField("note.title", NameRule),
            new InvalidField("note.body", BodyRule),
        }));
    }

    [Test]
    public void Without_a_mask_the_fields_the_request_sets_are_the_ones_changed()
    {
        var merged = ProfileInput.Merge(Stored(), new Contract.Profile { Name = "Asha K." }, mask: null);

        Assert.That((merged.Name, merged.PlaceName), Is.EqualTo(("Asha K.", "Pune")));
        Assert.That(merged.Birth, Is.EqualTo(Stored().Birth));
        Assert.That(merged.Id, Is.EqualTo(Stored().Id), "identity is not a mutable field");
    }

    [Test]
    public void A_mask_in_JSON_names_replaces_exactly_its_fields_even_with_empty_values()
    {
        var merged = ProfileInput.Merge(Stored(), new Contract.Profile { Name = "ignored" }, new FieldMask { Paths = { "placeName" } });

        Assert.That((merged.Name, merged.PlaceName), Is.EqualTo(("Asha", string.Empty)));
    }

    [Test]
    public void A_mask_may_name_a_field_inside_the_birth()
    {
        var changes = new Contract.Profile { Birth = new Contract.ChartRequest { Latitude = 19.076 } };

        var merged = ProfileInput.Merge(Stored(), changes, new FieldMask { Paths = { "birth.latitude" } });

        Assert.That(merged.Birth.Latitude, Is.EqualTo(19.076));
        Assert.That(merged.Birth.Datetime, Is.EqualTo("1991-03-25T09:46:00"), "the rest of the birth stays");
    }

    [Test]
    public void A_mask_naming_another_field_is_refused()
    {
        var violations = Refusal(() => ProfileInput.Merge(Stored(), new Contract.Profile(), new FieldMask { Paths = { "horoscope" } }));

        Assert.That(violations, Is.EqualTo(new[]
        {
            new InvalidField("updateMask", "may name only name, place_name, birth; not horoscope"),
        }));
    }

    [Test]
    public void An_update_that_changes_nothing_is_refused()
    {
        var violations = Refusal(() => ProfileInput.Merge(Stored(), new Contract.Profile(), mask: null));

        Assert.That(violations, Is.EqualTo(new[]
        {
            new InvalidField("updateMask", "names nothing to change: set the fields to change, or list them in updateMask"),
        }));
    }

    [Test]
    public void The_stored_birth_spells_out_the_settings_the_engine_used()
    {
        var birth = new Contract.ChartRequest { Datetime = "1991-03-25T09:46:00", Tz = "Asia/Kolkata", Latitude = 18.5, Longitude = 73.8 };
        var used = new Contract.ChartSettings
        {
            HouseSystem = Contract.HouseSystem.WholeSign, Ayanamsha = Contract.Ayanamsha.Lahiri, NodeType = Contract.NodeType.Mean,
            Positions = Contract.PositionType.Apparent,
        };

        var stored = ProfileInput.WithSettingsUsed(birth, used);

        Assert.That((stored.HouseSystem, stored.Ayanamsha, stored.NodeType, stored.Positions), Is.EqualTo((
            Contract.HouseSystem.WholeSign, Contract.Ayanamsha.Lahiri, Contract.NodeType.Mean, Contract.PositionType.Apparent)));
        Assert.That(birth.HouseSystem, Is.EqualTo(Contract.HouseSystem.Unspecified), "the caller's request is not changed");
    }

    [TestCase("1", 1)]
    [TestCase("42", 42)]
    public void An_etag_is_the_version_read(string etag, int version) =>
        Assert.That(ProfileInput.ExpectedVersion(etag, "profile.etag"), Is.EqualTo(version));

    [TestCase("")]
    [TestCase("0")]
    [TestCase("-1")]
    [TestCase("+1")]
    [TestCase(" 1")]
    [TestCase("v1")]
    public void An_update_without_a_usable_etag_is_refused_naming_the_field(string etag)
    {
        Assert.That(Refusal(() => ProfileInput.ExpectedVersion(etag, "note.etag")), Is.EqualTo(new[]
        {
            new InvalidField("note.etag", "is required: send the etag from the last read, so a newer change is not overwritten"),
        }));
    }

    private static Contract.Profile Stored() => new()
    {
        Id = "0f8fad5b-d9cb-469f-a165-70867728950e", Name = "Asha", PlaceName = "Pune", Birth = ChartRequests.Pune1991(), Etag = "3",
    };

    private static IReadOnlyList<InvalidField> Refusal(TestDelegate call) => Assert.Throws<InvalidRequestException>(call)!.Violations;
}
