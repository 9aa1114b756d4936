using Jyotishika.V1;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Jyotishika.Client.Tests;

/// <summary>The options' documented defaults, and the refusals a misconfiguration meets when the first client is made.</summary>
public sealed class JyotishikaClientOptionsTests
{
    [Test]
    public void Defaults_are_the_documented_ones()
    {
        var options = new JyotishikaClientOptions();

        Assert.Multiple(() =>
        {
            Assert.That(options.Address, Is.Null);
            Assert.That(options.ApiToken, Is.Null);
            Assert.That(options.AllowApiTokenOverHttp, Is.False);
            Assert.That(options.DefaultDeadline, Is.EqualTo(TimeSpan.FromSeconds(10)));
            Assert.That(options.DefaultStreamingDeadline, Is.Null);
            Assert.That(options.Retry.MaxAttempts, Is.EqualTo(4));
            Assert.That(options.Retry.InitialBackoff, Is.EqualTo(TimeSpan.FromMilliseconds(250)));
            Assert.That(options.Retry.MaxBackoff, Is.EqualTo(TimeSpan.FromSeconds(4)));
            Assert.That(options.Retry.BackoffMultiplier, Is.EqualTo(2));
            Assert.That(options.MaxReceiveMessageSize, Is.EqualTo(64 * 1024 * 1024));
        });
    }

    [Test]
    public void Address_is_required()
    {
        var refusal = RefusalOf(_ => { });

        Assert.That(refusal.Failures, Has.Exactly(1).StartsWith("Address is required"));
    }

    [TestCase("grpc://localhost:8081")]
    [TestCase("ftp://jyotishika.example.com")]
    [TestCase("/relative/path")]
    public void Address_must_be_absolute_http_or_https(string address)
    {
        var refusal = RefusalOf(o => o.Address = new Uri(address, UriKind.RelativeOrAbsolute));

        Assert.That(refusal.Failures, Has.Exactly(1).StartsWith("Address must be an absolute http:// or https:// URI"));
    }

    [Test]
    public void Every_bad_value_is_named_at_once()
    {
        var refusal = RefusalOf(o =>
        {
            o.Address = new Uri("https://jyotishika.example.com");
            o.DefaultDeadline = TimeSpan.Zero;
            o.DefaultStreamingDeadline = TimeSpan.FromSeconds(-1);
            o.Retry.MaxAttempts = 6;
            o.Retry.InitialBackoff = TimeSpan.Zero;
            o.Retry.MaxBackoff = TimeSpan.FromSeconds(-1);
            o.Retry.BackoffMultiplier = double.NaN;
            o.MaxReceiveMessageSize = 0;
        });

        Assert.That(
            refusal.Failures.Select(failure => failure.Split(' ')[0]),
            Is.EquivalentTo(new[]
            {
                "DefaultDeadline", "DefaultStreamingDeadline", "Retry.MaxAttempts", "Retry.InitialBackoff", "Retry.MaxBackoff",
                "Retry.BackoffMultiplier", "MaxReceiveMessageSize",
            }));
    }

    [Test]
    public void Max_backoff_below_initial_backoff_is_refused()
    {
        var refusal = RefusalOf(o =>
        {
            o.Address = new Uri("https://jyotishika.example.com");
            o.Retry.InitialBackoff = TimeSpan.FromSeconds(2);
            o.Retry.MaxBackoff = TimeSpan.FromSeconds(1);
        });

        Assert.That(refusal.Failures, Has.Exactly(1).StartsWith("Retry.MaxBackoff"));
    }

    [TestCase("http://10.1.2.3:8081")]
    [TestCase("http://jyotishika.internal:8081")]
    public void Token_is_not_sent_in_clear_text_beyond_loopback(string address)
    {
        var refusal = RefusalOf(o =>
        {
            o.Address = new Uri(address);
            o.ApiToken = "jyk_secret";
        });

        Assert.That(refusal.Failures, Has.Exactly(1).StartsWith("ApiToken would be sent in clear text"));
    }

    [TestCase("http://localhost:8081", false)]
    [TestCase("http://127.0.0.1:8081", false)]
    [TestCase("http://127.8.9.10:8081", false)]
    [TestCase("http://[::1]:8081", false)]
    [TestCase("https://jyotishika.example.com", false)]
    [TestCase("http://jyotishika.internal:8081", true)]
    public void Token_is_accepted_over_TLS_on_loopback_or_when_allowed(string address, bool allowHttp)
    {
        using var provider = ProviderWith(o =>
        {
            o.Address = new Uri(address);
            o.ApiToken = "jyk_secret";
            o.AllowApiTokenOverHttp = allowHttp;
        });

        Assert.That(() => provider.GetRequiredService<ChartService.ChartServiceClient>(), Throws.Nothing);
    }

    [TestCase("Bearer jyk_secret")]
    [TestCase("jyk_secret\n")]
    public void Token_must_be_the_bare_token(string token)
    {
        var refusal = RefusalOf(o =>
        {
            o.Address = new Uri("https://jyotishika.example.com");
            o.ApiToken = token;
        });

        Assert.That(refusal.Failures, Has.Exactly(1).StartsWith("ApiToken must be the token itself"));
    }

    [Test]
    public void Empty_token_means_anonymous()
    {
        using var provider = ProviderWith(o =>
        {
            o.Address = new Uri("http://jyotishika.internal:8081");
            o.ApiToken = "";
        });

        Assert.That(() => provider.GetRequiredService<ChartService.ChartServiceClient>(), Throws.Nothing);
    }

    private static ServiceProvider ProviderWith(Action<JyotishikaClientOptions> configure) =>
        new ServiceCollection().AddJyotishikaClient(configure).BuildServiceProvider();

    /// <summary>What a user meets: resolving a client throws the validation failures.</summary>
    private static OptionsValidationException RefusalOf(Action<JyotishikaClientOptions> configure)
    {
        using var provider = ProviderWith(configure);
        return Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<ChartService.ChartServiceClient>())!;
    }
}
