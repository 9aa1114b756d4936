using System.Text;
using Jyotishika.Server.Tests.Infrastructure;

namespace Jyotishika.Server.Tests;

/// <summary>Every kind of bad REST input is a 400 with a google.rpc.Status body naming the field; none is a 5xx.</summary>
public sealed class RestBadInputTests
{
    private const string Valid = ChartRequests.OlderSystemJson;

    [TestCase("""{"datetime":"1991-03-25T09:46:00","latitude":95,"longitude":73.8,"tz":"Asia/Kolkata"}""", "latitude")]
    [TestCase("""{"datetime":"1991-03-25T09:46:00","latitude":18,"longitude":73.8,"tz":"Asia/Kolkata","timeScale":"TAI"}""", "timeScale")]
    [TestCase("""{"datetime":"1991-03-25T09:46:00","latitude":-90.0001,"longitude":73.8,"tz":"Asia/Kolkata"}""", "latitude")]
    [TestCase("""{"datetime":"1991-03-25T09:46:00","latitude":90,"longitude":73.8,"tz":"Asia/Kolkata"}""", "latitude")]
    [TestCase("""{"datetime":"1991-03-25T09:46:00","latitude":18,"longitude":"abc","tz":"Asia/Kolkata"}""", "longitude")]
    [TestCase("""{"datetime":"1991-03-25T09:46:00","latitude":18,"longitude":180.5,"tz":"Asia/Kolkata"}""", "longitude")]
    [TestCase("""{"datetime":"1991-03-25T09:46:00","latitude":1e999,"longitude":73,"tz":"Asia/Kolkata"}""", "latitude")]
    [TestCase("""{"datetime":"1991-03-25T09:46:00","latitude":18,"longitude":73,"tz":"Asia/Kolkata","houseSystem":"NOPE"}""", "houseSystem")]
    [TestCase("""{"datetime":"1991-03-25T09:46:00","latitude":18,"longitude":73,"tz":"Asia/Kolkata","houseSystem":"SUNSHINE"}""", "houseSystem")]
    [TestCase("""{"datetime":"1991-03-25T09:46:00","latitude":18,"longitude":73,"tz":"Asia/Kolkata","ayanamsha":"LAHIRRI"}""", "ayanamsha")]
    [TestCase("""{"datetime":"1991-03-25T09:46:00","latitude":18,"longitude":73,"tz":"Asia/Kolkata","ayanamsha":999}""", "ayanamsha")]
    [TestCase("""{"datetime":"1991-03-25T09:46:00","latitude":18,"longitude":73,"tz":"Asia/Kolkata","nodeType":"TRUEISH"}""", "nodeType")]
    [TestCase("""{"datetime":"1991-13-45T09:46:00","latitude":18,"longitude":73,"tz":"Asia/Kolkata"}""", "datetime")]
    [TestCase("""{"datetime":"yesterday","latitude":18,"longitude":73,"tz":"Asia/Kolkata"}""", "datetime")]
    [TestCase("""{"datetime":42,"latitude":18,"longitude":73,"tz":"Asia/Kolkata"}""", "datetime")]
    [TestCase("""{"datetime":"1799-12-31T12:00:00","latitude":18,"longitude":73,"tz":"UTC"}""", "datetime")]
    [TestCase("""{"datetime":"2400-01-01T00:00:00Z","latitude":18,"longitude":73}""", "datetime")]
    [TestCase("""{"datetime":"2021-03-14T02:30:00","latitude":40.7,"longitude":-74,"tz":"America/New_York"}""", "datetime")]
    [TestCase("""{"datetime":"1991-03-25T09:46:00","latitude":18,"longitude":73,"tz":"Mars/Olympus_Mons"}""", "tz")]
    [TestCase("""{"datetime":"1991-03-25T09:46:00","latitude":18,"longitude":73,"utcOffsetMinutes":1500}""", "utcOffsetMinutes")]
    [TestCase("""{"datetime":"1991-03-25T09:46:00","latitude":18,"longitude":73,"utcOffsetMinutes":330.5}""", "utcOffsetMinutes")]
    [TestCase("""{"datetime":"1991-03-25T09:46:00","longitude":73,"tz":"Asia/Kolkata"}""", "latitude")]
    [TestCase("""{"datetime":"1991-03-25T09:46:00","latitude":70,"longitude":25,"tz":"Europe/Oslo","houseSystem":"PLACIDUS"}""", "houseSystem")]
    [TestCase("""{"datetime":"1991-03-25T09:46:00","latitude":18,"longitude":73,"tz":"Asia/Kolkata","ayanamsha":"USER_DEFINED"}""", "userAyanamsha")]
    [TestCase("""{"datetime":"1991-03-25T09:46:00","latitude":18,"longitude":73,"tz":"Asia/Kolkata","ayanamsha":"USER_DEFINED","userAyanamsha":{"referenceJulianDay":2451545,"degreesAtReference":400}}""", "userAyanamsha.degreesAtReference")]
    [TestCase("""{"datetime":"1991-03-25T09:46:00","latitude":18,"longitude":73,"tz":"Asia/Kolkata","includeOuterPlanets":"yes"}""", "includeOuterPlanets")]
    [TestCase("""{"datetime":"1991-03-25T09:46:00","latitude":18,"longitude":73,"tz":"Asia/Kolkata","lattitude":18}""", "lattitude")]
    [TestCase("""{"datetime":"1991-03-25T09:46:00","latitude":18,"latitude":19,"longitude":73,"tz":"Asia/Kolkata"}""", "latitude")]
    [TestCase("""[1, 2, 3]""", "body")]
    [TestCase("""{"datetime":"1991-03-25T09:46:00",""", "body")]
    [TestCase("""{"datetime":"1991-03-25T09:46:00","latitude":18,"longitude":73,"tz":"Asia/Kolkata"} trailing""", "body")]
    [TestCase("", "body")]
    [TestCase("   ", "body")]
    public async Task Bad_input_is_400_naming_the_field(string body, string field)
    {
        var (status, text) = await RestErrors.PostAsync("/v1/chart", body);

        Assert.That(status, Is.EqualTo(400), text);
        Assert.That(RestErrors.ViolatedFields(text), Does.Contain(field), text);
        Assert.That(text, Does.Not.Contain("Exception").And.Not.Contain("   at "), "no exception text reaches a client");
    }

    [Test]
    public async Task Several_bad_fields_are_all_named_in_one_answer()
    {
        var (status, text) = await RestErrors.PostAsync("/chart", """{"datetime":"1991-13-45","latitude":95,"longitude":-181}""");

        Assert.That(status, Is.EqualTo(400));
        Assert.That(RestErrors.ViolatedFields(text), Is.SupersetOf(new[] { "datetime", "latitude", "longitude" }));
    }

    [Test]
    public async Task A_10_MB_body_is_refused_as_400_naming_the_body()
    {
        var huge = Encoding.UTF8.GetBytes("{\"datetime\":\"" + new string('9', 10 * 1024 * 1024) + "\"}");

        var (status, text) = await RestErrors.PostRawAsync("/v1/chart", huge);

        Assert.That(status, Is.EqualTo(400));
        Assert.That(RestErrors.ViolatedFields(text), Is.EqualTo(new[] { "body" }));
    }

    [Test]
    public async Task A_form_body_is_refused_as_invalid_json()
    {
        var (status, text) = await RestErrors.PostRawAsync("/v1/chart", "latitude=18&longitude=73"u8.ToArray(), "application/x-www-form-urlencoded");

        Assert.That(status, Is.EqualTo(400));
        Assert.That(RestErrors.ViolatedFields(text), Is.EqualTo(new[] { "body" }));
    }

    [Test]
    public async Task A_request_with_no_content_type_and_no_body_is_400()
    {
        var (status, text) = await RestErrors.PostRawAsync("/v1/chart", [], contentType: null);

        Assert.That(status, Is.EqualTo(400));
        Assert.That(RestErrors.ViolatedFields(text), Is.EqualTo(new[] { "body" }));
    }

    /// <summary>
    /// Mutations of a valid body (truncations, replaced values of every JSON type, deleted and duplicated characters)
    /// must each answer 200 or 400: no input produces a 5xx.
    /// </summary>
    [Test]
    public async Task Mutated_bodies_never_produce_a_server_error()
    {
        var random = new Random(2026_11_25);
        string[] replacements = ["null", "true", "\"\"", "\"x\"", "-1", "0", "1e308", "-1e999", "[]", "{}", "\"NaN\"", "9999999999999"];
        var statuses = new Dictionary<int, int>();
        for (var i = 0; i < 300; i++)
        {
            var body = Mutate(Valid, random, replacements);
            var (status, text) = await RestErrors.PostAsync(i % 2 == 0 ? "/v1/chart" : "/chart", body);
            statuses[status] = statuses.GetValueOrDefault(status) + 1;
            Assert.That(status, Is.EqualTo(200).Or.EqualTo(400), $"{body} -> {status} {text}");
        }

        Assert.That(statuses.Keys, Is.SupersetOf(new[] { 200, 400 }), "the mutations exercised both outcomes");
    }

    private static string Mutate(string valid, Random random, string[] replacements)
    {
        var text = valid;
        switch (random.Next(4))
        {
            case 0:
                return text[..random.Next(text.Length)];
            case 1:
                var colon = IndexOfNth(text, ':', random.Next(1, 8));
                var end = text.IndexOfAny([',', '}'], colon);
                return text[..(colon + 1)] + replacements[random.Next(replacements.Length)] + text[end..];
            case 2:
                var at = random.Next(text.Length);
                return text.Remove(at, 1);
            default:
                var position = random.Next(text.Length);
                return text.Insert(position, text[random.Next(text.Length)].ToString());
        }
    }

    private static int IndexOfNth(string text, char value, int n)
    {
        var index = -1;
        for (var i = 0; i < n; i++)
        {
            index = text.IndexOf(value, index + 1);
        }

        return index;
    }
}
