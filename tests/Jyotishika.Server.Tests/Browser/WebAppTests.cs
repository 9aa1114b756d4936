using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Jyotishika.Server.Tests.Browser;

/// <summary>
/// The web app at <c>/</c> as a person uses it, in Debian's chromium: find a place, show the chart, and check that the
/// picture puts every graha in the house the API's JSON gives; switch style and varga; open a shared link; see a field
/// error; sign in, save, list and delete a profile. Each main view is checked with axe and photographed for the README.
/// </summary>
[TestFixture]
public sealed class WebAppTests : BrowserTest
{
    private const string PuneLink = "/?datetime=1991-03-25T09:46:00&tz=Asia/Kolkata&latitude=18.5204&longitude=73.8567";

    [Test]
    public async Task Typing_a_place_and_submitting_draws_every_graha_in_the_house_the_API_gives()
    {
        await Page.GotoAsync("/");
        await Accessibility.AssertNoSeriousViolationsAsync(Page, "the empty form");
        await Page.Locator("#birth-date").FillAsync("1991-03-25");
        await Page.Locator("#birth-time").FillAsync("09:46:00");
        await Page.Locator("#place-search").PressSequentiallyAsync("Pune");
        var pune = Page.Locator("#place-suggestions [role=option]").Filter(new() { HasText = "Pune" }).First;
        await pune.ClickAsync();
        await Page.Locator("#show-chart").ClickAsync();

        await Expect(Page.Locator("#chart-picture svg [data-graha=SUN]")).ToHaveCountAsync(1);
        var latitude = double.Parse(await Page.Locator("#latitude").InputValueAsync(), CultureInfo.InvariantCulture);
        var longitude = double.Parse(await Page.Locator("#longitude").InputValueAsync(), CultureInfo.InvariantCulture);
        Assert.That(latitude, Is.EqualTo(18.52).Within(0.05), "the place picked fills the coordinates");
        Assert.That(longitude, Is.EqualTo(73.86).Within(0.05));
        await Expect(Page.Locator("#resolved-instant")).ToContainTextAsync("Asia/Kolkata");
        await Expect(Page.Locator("#resolved-instant")).ToContainTextAsync("04:16");

        var expected = await HousesFromApiAsync(latitude, longitude, varga: 1);
        Assert.That(await DrawnHousesAsync(), Is.EquivalentTo(expected));
        Assert.That(await TableHousesAsync(), Is.EquivalentTo(expected),
            "the planets table agrees with the picture (whole-sign houses, the default)");
        await Expect(Page.Locator("#dasha")).ToContainTextAsync("Vimshottari");
        await Expect(Page.Locator("#panchang")).ToBeVisibleAsync();
        await Expect(Page.Locator("#yogas-body > .hint")).ToContainTextAsync("yogas evaluated");
        var shownYogas = await Page.Locator("#yogas li[data-yoga]").EvaluateAllAsync<string[]>("items => items.map(item => item.dataset.yoga)");
        Assert.That(shownYogas, Is.EqualTo(await PresentYogasFromApiAsync(latitude, longitude)), "the yogas listed are those the API finds present");
        await Expect(Page.Locator("#doshas li[data-dosha]")).ToHaveCountAsync(5);
        var shownDoshas = await Page.Locator("#doshas li[data-dosha]")
            .EvaluateAllAsync<string[][]>("items => items.map(item => [item.dataset.dosha, item.dataset.present])");
        var at = await Page.Locator("#doshas li[data-dosha=sadeSati]").GetAttributeAsync("data-at");
        var (presentFromApi, phaseFromApi) = await DoshasFromApiAsync(latitude, longitude, at!);
        Assert.That(shownDoshas.Select(pair => (pair[0], pair[1] == "true")), Is.EqualTo(presentFromApi),
            "each dosha shown present or absent as the API finds it, at the instant the page asked about");
        Assert.That(await Page.Locator("#doshas li[data-dosha=sadeSati]").GetAttributeAsync("data-phase"), Is.EqualTo(phaseFromApi));

        await Accessibility.AssertNoSeriousViolationsAsync(Page, "the chart");
        await Screenshots.SaveAsync(Page, "chart-desktop");
        AssertNoConsoleErrors();
    }

    [Test]
    public async Task Switching_style_and_varga_redraws_and_keeps_the_state_in_the_address()
    {
        await Page.GotoAsync(PuneLink);
        await Expect(Page.Locator("#chart-picture svg title")).ToContainTextAsync("North Indian");

        await Page.GetByLabel("South", new() { Exact = true }).CheckAsync();
        await Expect(Page.Locator("#chart-picture svg title")).ToContainTextAsync("South Indian");
        await Page.Locator("#varga").SelectOptionAsync("9");
        await Expect(Page.Locator("#chart-picture svg title")).ToContainTextAsync("Navamsa (D9) chart, South Indian");

        Assert.That(Page.Url, Does.Contain("style=SOUTH").And.Contain("varga=9"));
        Assert.That(await DrawnHousesAsync(), Is.EquivalentTo(await HousesFromApiAsync(18.5204, 73.8567, varga: 9)));

        await Page.GetByLabel("East", new() { Exact = true }).CheckAsync();
        await Expect(Page.Locator("#chart-picture svg title")).ToContainTextAsync("Navamsa (D9) chart, East Indian");
        AssertNoConsoleErrors();
    }

    [Test]
    public async Task A_shared_link_opens_that_chart_and_survives_a_reload_on_a_phone()
    {
        await SwitchToAsync(Viewport.Phone);
        await Page.GotoAsync(PuneLink + "&style=SOUTH&varga=9");
        await Expect(Page.Locator("#chart-picture svg title")).ToContainTextAsync("Navamsa (D9) chart, South Indian");
        await Page.ReloadAsync();

        await Expect(Page.Locator("#chart-picture svg title")).ToContainTextAsync("Navamsa (D9) chart, South Indian");
        await Expect(Page.Locator("#birth-date")).ToHaveValueAsync("1991-03-25");
        Assert.That(await DrawnHousesAsync(), Is.EquivalentTo(await HousesFromApiAsync(18.5204, 73.8567, varga: 9)));
        var overflow = await Page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth + 1");
        Assert.That(overflow, Is.False, "nothing is wider than a 360 px phone screen");

        await Accessibility.AssertNoSeriousViolationsAsync(Page, "the chart on a phone");
        await Screenshots.SaveAsync(Page, "chart-phone");
        AssertNoConsoleErrors();
    }

    [Test]
    public async Task A_date_the_server_refuses_is_shown_beside_the_date_field()
    {
        await Page.GotoAsync("/?datetime=1700-01-01T12:00:00&tz=Asia/Kolkata&latitude=18.5204&longitude=73.8567");

        var error = Page.Locator("#birth-date-error");
        await Expect(error).ToBeVisibleAsync();
        await Expect(error).Not.ToBeEmptyAsync();
        await Expect(Page.Locator("#birth-date")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(Page.Locator("body")).Not.ToContainTextAsync("fieldViolations");
        await Expect(Page.Locator("#chart-picture svg")).ToHaveCountAsync(0);
        await Accessibility.AssertNoSeriousViolationsAsync(Page, "a field error");
    }

    [Test]
    public async Task Typing_another_place_without_choosing_it_does_not_keep_the_old_places_coordinates()
    {
        await Page.GotoAsync(PuneLink + "&place=Pune%2C%20Maharashtra%2C%20India");
        await Expect(Page.Locator("#chart-picture svg [data-graha=SUN]")).ToHaveCountAsync(1);

        await Page.Locator("#place-search").FillAsync("Mumbai");
        await Expect(Page.Locator("#latitude")).ToHaveValueAsync(string.Empty);
        await Page.Locator("#show-chart").ClickAsync();

        await Expect(Page.Locator("#latitude-error")).ToBeVisibleAsync();
        await Expect(Page.Locator("#latitude")).ToHaveAttributeAsync("aria-invalid", "true");
    }

    /// <summary>Choosing a rasi dasha redraws the section with the signs the API answers, in order.</summary>
    [Test]
    public async Task Choosing_another_dasha_system_lists_its_periods_as_the_api_gives_them()
    {
        await Page.GotoAsync(PuneLink);
        await Expect(Page.Locator("#dasha-heading")).ToHaveTextAsync("Vimshottari dasha");
        await Expect(Page.Locator(".dasha-timeline > li")).Not.ToHaveCountAsync(0);

        await Page.Locator("#dasha-system").SelectOptionAsync("NARAYANA");

        await Expect(Page.Locator("#dasha-heading")).ToHaveTextAsync("Narayana dasha");
        await Expect(Page.Locator("#dasha-body .hint")).ToContainTextAsync("The periods are signs");
        var request = new
        {
            datetime = "1991-03-25T09:46:00", tz = "Asia/Kolkata", latitude = 18.5204, longitude = 73.8567, system = "NARAYANA", depth = 1,
        };
        using var answer = await Server.Rest.PostAsJsonAsync("/v1/dasha", request);
        using var dasha = JsonDocument.Parse(await answer.Content.ReadAsStringAsync());
        var signs = dasha.RootElement.GetProperty("periods").EnumerateArray().Select(p => p.GetProperty("lord").GetProperty("name").GetString()!).ToList();
        var shown = await Page.Locator(".dasha-timeline > li > details > summary")
            .EvaluateAllAsync<string[]>("items => items.map(item => item.textContent.split(' mahadasha')[0])");
        Assert.That(shown, Is.EqualTo(signs));
        await Expect(Page.Locator(".dasha-bar rect[class^=sign-]")).ToHaveCountAsync(signs.Count);
        await Accessibility.AssertNoSeriousViolationsAsync(Page, "a rasi dasha");
        await Screenshots.SaveAsync(Page, "dasha-narayana");
        AssertNoConsoleErrors();
    }

    [Test]
    public async Task A_server_that_cannot_be_reached_is_said_so()
    {
        await Page.GotoAsync(PuneLink);
        await Expect(Page.Locator("#chart-picture svg [data-graha=SUN]")).ToHaveCountAsync(1);
        // Every section answered first: a late answer to the first calculation would otherwise overwrite the status.
        await Expect(Page.Locator("#status")).ToContainTextAsync("Chart shown");

        await Context.SetOfflineAsync(true);
        await Page.GetByLabel("South", new() { Exact = true }).CheckAsync();

        await Expect(Page.Locator("#status")).ToContainTextAsync("cannot be reached");
        await Expect(Page.Locator("body")).Not.ToContainTextAsync("TypeError");
        await Context.SetOfflineAsync(false);
    }

    [Test]
    public async Task A_signed_in_user_saves_lists_and_deletes_a_profile()
    {
        await SignInAsync(PuneLink);
        // The development sign-in names the user by the part of the address before the @.
        await Expect(Page.Locator("#signed-in-as")).ToContainTextAsync(SignInEmail.Split('@')[0]);
        await Expect(Page.Locator("#chart-picture svg [data-graha=SUN]")).ToHaveCountAsync(1);

        await Page.Locator("#save-profile").ClickAsync();
        await Page.Locator("#profile-name").FillAsync("Pune 1991");
        await Page.Locator("#save-profile-confirm").ClickAsync();
        var saved = Page.Locator("#profiles li[data-profile-id]").Filter(new() { HasText = "Pune 1991" });
        await Expect(saved).ToHaveCountAsync(1);
        await Accessibility.AssertNoSeriousViolationsAsync(Page, "the profiles list");
        await Screenshots.SaveAsync(Page, "profiles-desktop");

        await Page.ReloadAsync();
        await Expect(saved).ToHaveCountAsync(1);
        await saved.GetByRole(AriaRole.Button, new() { Name = "Delete" }).ClickAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Confirm delete" }).ClickAsync();
        await Expect(saved).ToHaveCountAsync(0);

        await Page.ReloadAsync();
        await Expect(Page.Locator("#profiles")).Not.ToContainTextAsync("Pune 1991");
        AssertNoConsoleErrors();
    }

    /// <summary>Each graha's house (1–12 from the ascendant's sign) in the varga, from the chart the REST API answers.</summary>
    private async Task<Dictionary<string, int>> HousesFromApiAsync(double latitude, double longitude, int varga)
    {
        var request = new
        {
            datetime = "1991-03-25T09:46:00", tz = "Asia/Kolkata", latitude, longitude, vargas = new[] { varga },
        };
        using var answer = await Server.Rest.PostAsJsonAsync("/v1/chart", request);
        using var chart = JsonDocument.Parse(await answer.Content.ReadAsStringAsync());
        var positions = chart.RootElement.GetProperty("divisionalCharts")[0].GetProperty("positions").EnumerateArray().ToList();
        static bool IsAscendant(JsonElement position) => position.TryGetProperty("ascendant", out var flag) && flag.GetBoolean();
        var ascendant = positions.Single(IsAscendant).GetProperty("signIndex").GetInt32();
        return positions.ToDictionary(
            position => IsAscendant(position) ? "ASCENDANT" : position.GetProperty("planet").GetString()!,
            position => ((position.GetProperty("signIndex").GetInt32() - ascendant + 12) % 12) + 1);
    }

    /// <summary>The yogas the REST API finds present for the Pune birth at these coordinates, in its order.</summary>
    private async Task<string[]> PresentYogasFromApiAsync(double latitude, double longitude)
    {
        var request = new { birth = new { datetime = "1991-03-25T09:46:00", tz = "Asia/Kolkata", latitude, longitude } };
        using var answer = await Server.Rest.PostAsJsonAsync("/v1/yogas", request);
        using var yogas = JsonDocument.Parse(await answer.Content.ReadAsStringAsync());
        return yogas.RootElement.GetProperty("yogas").EnumerateArray()
            .Where(yoga => yoga.GetProperty("present").GetBoolean()).Select(yoga => yoga.GetProperty("name").GetString()!).ToArray();
    }

    /// <summary>Each dosha's key and present flag, in the page's order, and the Sade Sati phase at <paramref name="at"/>.</summary>
    private async Task<((string, bool)[] Present, string Phase)> DoshasFromApiAsync(double latitude, double longitude, string at)
    {
        var request = new { birth = new { datetime = "1991-03-25T09:46:00", tz = "Asia/Kolkata", latitude, longitude }, at };
        using var answer = await Server.Rest.PostAsJsonAsync("/v1/doshas", request);
        using var doshas = JsonDocument.Parse(await answer.Content.ReadAsStringAsync());
        var root = doshas.RootElement;
        string[] keys = ["manglik", "kaalSarp", "sadeSati", "guruChandala", "pitra"];
        var sadeSati = root.GetProperty("sadeSati");
        var phase = sadeSati.TryGetProperty("current", out var current) ? current.GetProperty("phase").GetString()! : "";
        return (keys.Select(key => (key, root.GetProperty(key).GetProperty("present").GetBoolean())).ToArray(), phase);
    }

    /// <summary>Each data-graha of the inline picture and the data-house of the cell it stands in.</summary>
    private async Task<Dictionary<string, int>> DrawnHousesAsync()
    {
        var pairs = await Page.EvaluateAsync<string[][]>("""
            () => [...document.querySelectorAll('#chart-picture svg [data-graha]')]
              .map(point => [point.getAttribute('data-graha'), point.closest('[data-house]').getAttribute('data-house')])
            """);
        return pairs.ToDictionary(pair => pair[0], pair => int.Parse(pair[1], CultureInfo.InvariantCulture));
    }

    /// <summary>Each graha's house in the planets table.</summary>
    private async Task<Dictionary<string, int>> TableHousesAsync()
    {
        var pairs = await Page.EvaluateAsync<string[][]>("""
            () => [...document.querySelectorAll('#planets-table tr[data-graha]')]
              .map(row => [row.getAttribute('data-graha'), row.querySelector('td[data-column=house]').textContent.trim()])
            """);
        return pairs.ToDictionary(pair => pair[0], pair => int.Parse(pair[1], CultureInfo.InvariantCulture));
    }
}
