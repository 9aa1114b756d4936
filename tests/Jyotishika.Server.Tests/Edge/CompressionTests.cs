using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Jyotishika.Server.Platform.Identity;
using Jyotishika.Server.Tests.Auth;
using Jyotishika.Server.Tests.Infrastructure;

namespace Jyotishika.Server.Tests.Edge;

/// <summary>REST JSON is compressed for clients that ask; the answer carrying an API token's secret never is.</summary>
public sealed class CompressionTests
{
    [TestCase("gzip")]
    [TestCase("br")]
    public async Task A_chart_is_compressed_on_request_and_decodes_to_the_same_JSON(string encoding)
    {
        using var plain = await PostChartAsync(acceptEncoding: null);
        using var compressed = await PostChartAsync(encoding);
        var plainJson = await plain.Content.ReadAsStringAsync();
        var compressedBytes = await compressed.Content.ReadAsByteArrayAsync();

        Assert.That(compressed.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(compressed.Content.Headers.ContentEncoding, Is.EqualTo(new[] { encoding }));
        Assert.That(plain.Content.Headers.ContentEncoding, Is.Empty);
        Assert.That(compressedBytes, Has.Length.LessThan(Encoding.UTF8.GetByteCount(plainJson) / 2));
        Assert.That(JsonNode.DeepEquals(JsonNode.Parse(Decode(compressedBytes, encoding)), JsonNode.Parse(plainJson)), Is.True);
    }

    [Test]
    public async Task The_API_token_answer_is_never_compressed()
    {
        var site = ProductionEdge.Site;
        var user = new FakeUser("sub-compression", "compression@example.com", "Compression");
        await site.ApproveAsync(user.Email);
        using var browser = new TestBrowser();
        using (await site.SignInAsync(browser, user))
        {
        }

        Assert.That(browser.Cookie(SessionCookie.Name), Is.Not.Null);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(site.Server.BaseUrl, "/v1/tokens"))
        {
            Content = new StringContent("""{"name":"compression probe"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));
        using var created = await browser.SendAsync(request);
        using var listRequest = new HttpRequestMessage(HttpMethod.Get, new Uri(site.Server.BaseUrl, "/v1/tokens"));
        listRequest.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));
        using var listed = await browser.SendAsync(listRequest);

        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(created.Content.Headers.ContentEncoding, Is.Empty);
        Assert.That(await created.Content.ReadAsStringAsync(), Does.Contain("jyk_"));
        Assert.That(listed.Content.Headers.ContentEncoding, Is.EqualTo(new[] { "gzip" }), "other answers on the same path are compressed");
    }

    private static async Task<HttpResponseMessage> PostChartAsync(string? acceptEncoding)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/v1/chart", UriKind.Relative))
        {
            Content = new StringContent(ChartRequests.OlderSystemJson, Encoding.UTF8, "application/json"),
        };
        if (acceptEncoding is not null)
        {
            request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(acceptEncoding));
        }

        return await ServerFixture.Rest.SendAsync(request);
    }

    private static string Decode(byte[] body, string encoding)
    {
        using var input = new MemoryStream(body);
        using Stream decoder = encoding == "br"
            ? new BrotliStream(input, CompressionMode.Decompress)
            : new GZipStream(input, CompressionMode.Decompress);
        using var reader = new StreamReader(decoder, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
