using System.Net;
using System.Text;
using System.Text.Json;
using Jyotishika.Server.Tests.Infrastructure;

namespace Jyotishika.Server.Tests.Auth;

/// <summary>
/// PostgreSQL down: API tokens cannot be checked, so protected calls answer UNAVAILABLE (never UNAUTHENTICATED, which
/// would tell a program its token is bad); open calculations go on; the server recovers by itself.
/// </summary>
[TestFixture]
public sealed class PostgresOutageTests
{
    private static readonly FakeUser Ada = new("118774219340011", "ada.pg@example.com", "Ada");

    [Test]
    public async Task Token_checks_fail_closed_while_postgres_is_down_and_recover_after()
    {
        await using var postgres = await LocalPostgres.StartAsync();
        var databaseUrl = await postgres.CreateDatabaseAsync("outage");
        await using var site = await SignInSite.StartAsync(environment: "Development", databaseUrl: databaseUrl);
        await site.ApproveAsync(Ada.Email);
        using var browser = new TestBrowser();
        using (await site.SignInAsync(browser, Ada))
        {
        }

        using var created = await site.SendAsync(browser, HttpMethod.Post, "/v1/tokens", """{"name":"outage"}""");
        using var json = JsonDocument.Parse(await created.Content.ReadAsStringAsync());
        var secret = json.RootElement.GetProperty("secret").GetString()!;

        await postgres.StopAsync();

        using (var refused = await ListTokensAsync(site, secret))
        {
            var body = await refused.Content.ReadAsStringAsync();
            Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable), body);
            Assert.That(body, Does.Not.Contain("Npgsql").And.Not.Contain("5432").And.Not.Contain(postgres.Password));
        }

        using (var content = new StringContent(
            """{"datetime":"1991-03-25T09:46:00","latitude":18.5204,"longitude":73.8567,"tz":"Asia/Kolkata"}""", Encoding.UTF8, "application/json"))
        using (var chart = await site.Server.Rest.PostAsync(new Uri("/v1/chart", UriKind.Relative), content))
        {
            Assert.That(chart.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        await postgres.StartAgainAsync();

        var deadline = DateTimeOffset.UtcNow + TimeSpan.FromSeconds(20);
        HttpStatusCode status;
        do
        {
            await Task.Delay(250);
            using var attempt = await ListTokensAsync(site, secret);
            status = attempt.StatusCode;
        }
        while (status != HttpStatusCode.OK && DateTimeOffset.UtcNow < deadline);

        Assert.That(status, Is.EqualTo(HttpStatusCode.OK), "the server reconnects to PostgreSQL by itself");
    }

    private static Task<HttpResponseMessage> ListTokensAsync(SignInSite site, string secret)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri(site.Server.BaseUrl, "/v1/tokens"));
        request.Headers.Add("Authorization", "Bearer " + secret);
        return site.Server.Rest.SendAsync(request);
    }
}
