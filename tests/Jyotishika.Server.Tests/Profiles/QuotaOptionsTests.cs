using Jyotishika.Server.Configuration;
using Microsoft.Extensions.Configuration;

namespace Jyotishika.Server.Tests.Profiles;

/// <summary>MAX_PROFILES_PER_USER and MAX_NOTES_PER_USER: stated defaults, and a value that cannot work stops the start.</summary>
public sealed class QuotaOptionsTests
{
    [Test]
    public void Defaults_are_1000_profiles_and_10000_notes_per_account()
    {
        var options = Read();

        Assert.That((options.ProfilesPerUser, options.NotesPerUser), Is.EqualTo((1000, 10_000)));
    }

    [Test]
    public void Both_quotas_are_read_from_their_settings()
    {
        var options = Read("MAX_PROFILES_PER_USER=1", "MAX_NOTES_PER_USER= 1000000 ");

        Assert.That((options.ProfilesPerUser, options.NotesPerUser), Is.EqualTo((1, QuotaOptions.Maximum)));
    }

    [TestCase("MAX_PROFILES_PER_USER", "0")]
    [TestCase("MAX_PROFILES_PER_USER", "-5")]
    [TestCase("MAX_PROFILES_PER_USER", "1000001")]
    [TestCase("MAX_PROFILES_PER_USER", "ten")]
    [TestCase("MAX_NOTES_PER_USER", "0")]
    [TestCase("MAX_NOTES_PER_USER", "2.5")]
    [TestCase("MAX_NOTES_PER_USER", "99999999999")]
    public void A_quota_outside_1_to_1000000_is_refused_naming_the_setting(string setting, string value)
    {
        var refused = Assert.Throws<ConfigurationException>(() => Read($"{setting}={value}"))!;

        Assert.That(refused.Message, Does.Contain(setting).And.Contain("1 to 1000000"));
    }

    [Test]
    public void A_bad_quota_stops_the_server_at_start_up()
    {
        var refused = Assert.Throws<ConfigurationException>(
            () => JyotishikaServer.Build(["--PORT=0", "--GRPC_PORT=0", "--environment=Development", "--MAX_NOTES_PER_USER=0"]))!;

        Assert.That(refused.Message, Does.Contain("MAX_NOTES_PER_USER"));
    }

    private static QuotaOptions Read(params string[] settings) =>
        QuotaOptions.FromConfiguration(new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => s.Split('=', 2)).Select(kv => KeyValuePair.Create(kv[0], (string?)kv[1])))
            .Build());
}
