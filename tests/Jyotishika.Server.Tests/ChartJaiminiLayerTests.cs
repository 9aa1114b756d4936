using System.Net;
using System.Text.Json;
using Jyotishika.Server.Tests.Infrastructure;

namespace Jyotishika.Server.Tests;

/// <summary>A chart carries the Jaimini layer when asked (<c>jaimini</c>), equal to what /v1/jaimini answers for the birth.</summary>
public sealed class ChartJaiminiLayerTests
{
    private const string Birth =
        "\"datetime\":\"1996-12-07T10:34:00\",\"tz\":\"Asia/Kolkata\",\"latitude\":13.0878,\"longitude\":80.2785,\"positions\":\"GEOMETRIC\"";

    private static async Task<JsonElement> PostAsync(string path, string body)
    {
        var (status, text) = await RestErrors.PostAsync(path, body);
        Assert.That(status, Is.EqualTo(200), text);
        return JsonDocument.Parse(text).RootElement;
    }

    [Test]
    public async Task The_chart_layer_is_the_jaimini_answer_for_the_same_birth_and_settings()
    {
        var chart = await PostAsync("/v1/chart", "{" + Birth + ",\"jaimini\":{\"karakaScheme\":\"SEVEN_GRAHAS\",\"gulikaMoment\":\"PART_MIDDLE\"}}");
        var jaimini = await PostAsync(
            "/v1/jaimini", "{\"birth\":{" + Birth + "},\"settings\":{\"karakaScheme\":\"SEVEN_GRAHAS\",\"gulikaMoment\":\"PART_MIDDLE\"}}");

        var layer = chart.GetProperty("jaimini");
        Assert.Multiple(() =>
        {
            foreach (var field in new[] { "charaKarakas", "arudhaPadas", "grahaArudhas", "specialPoints", "settings" })
            {
                Assert.That(layer.GetProperty(field).GetRawText(), Is.EqualTo(jaimini.GetProperty(field).GetRawText()), field);
            }

            Assert.That(layer.GetProperty("arudhaLagnaSign").GetInt32(), Is.EqualTo(jaimini.GetProperty("arudhaLagnaSign").GetInt32()));
            Assert.That(layer.GetProperty("upapadaSign").GetInt32(), Is.EqualTo(jaimini.GetProperty("upapadaSign").GetInt32()));
            Assert.That(layer.GetProperty("induLagnaSign").GetInt32(), Is.EqualTo(jaimini.GetProperty("induLagnaSign").GetInt32()));
            Assert.That(layer.GetProperty("charaKarakas").GetArrayLength(), Is.EqualTo(7), "the seven-karaka scheme asked for");
            Assert.That(layer.GetProperty("specialPoints").EnumerateArray().Select(p => p.GetProperty("name").GetString()),
                Does.Contain("GULIKA").And.Contain("HORA_LAGNA"));
        });
    }

    /// <summary>The same birth without the field: no layer, even right after a request that had one (the cached answer is not written on).</summary>
    [Test]
    public async Task Without_the_field_the_chart_has_no_layer()
    {
        await PostAsync("/v1/chart", "{" + Birth + ",\"jaimini\":{}}");
        var plain = await PostAsync("/v1/chart", "{" + Birth + "}");

        Assert.That(plain.TryGetProperty("jaimini", out var layer) && layer.ValueKind != JsonValueKind.Null, Is.False);
    }

    [TestCase("""{"gulikaMoment":7}""", "jaimini.gulikaMoment")]
    [TestCase("""{"karakaScheme":9}""", "jaimini.karakaScheme")]
    public async Task Bad_layer_settings_are_400_naming_the_field(string settings, string field)
    {
        var (status, text) = await RestErrors.PostAsync("/v1/chart", "{" + Birth + ",\"jaimini\":" + settings + "}");

        Assert.That(status, Is.EqualTo((int)HttpStatusCode.BadRequest), text);
        Assert.That(RestErrors.ViolatedFields(text), Does.Contain(field));
    }
}
