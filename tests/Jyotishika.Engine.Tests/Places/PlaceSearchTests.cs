using Jyotishika.Engine.Places;

namespace Jyotishika.Engine.Tests.Places;

[TestFixture]
public sealed class PlaceSearchTests
{
    private static PlaceIndex Index => PlaceData.Index;

    [TestCase("pune")]
    [TestCase("Pune")]
    [TestCase("Puné")]
    [TestCase("PUNE")]
    [TestCase("  pune")]
    [TestCase("pun")]
    public void Pune_comes_first_whatever_the_case_or_accents(string query)
    {
        var first = Index.Search(query, 10)[0];
        Assert.That((first.Name, first.CountryCode, first.Country, first.TimeZone), Is.EqualTo(("Pune", "IN", "India", "Asia/Kolkata")));
    }

    [TestCase("sao paulo")]
    [TestCase("São Paulo")]
    [TestCase("SAO PAULO")]
    [TestCase("sao-paulo")]
    [TestCase("são p")]
    public void Sao_Paulo_comes_first(string query)
    {
        var first = Index.Search(query, 5)[0];
        Assert.That(
            (first.Name, first.CountryCode, first.Region, first.TimeZone),
            Is.EqualTo(("São Paulo", "BR", "São Paulo", "America/Sao_Paulo")));
    }

    [Test]
    public void The_ascii_name_is_searchable_too()
    {
        // GeoNames' ASCII name for "Kraków" is "Krakow"; "Zürich" folds to "zurich" from the name itself.
        Assert.Multiple(() =>
        {
            Assert.That(Index.Search("krakow", 1)[0].Name, Is.EqualTo("Kraków"));
            Assert.That(Index.Search("zurich", 1)[0].Name, Is.EqualTo("Zürich"));
            Assert.That(Index.Search("Łódź", 1)[0].Name, Is.EqualTo("Łódź"));
            Assert.That(Index.Search("lodz", 1)[0].Name, Is.EqualTo("Łódź"));
        });
    }

    [Test]
    public void Punctuation_and_apostrophes_do_not_matter()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Index.Search("winston salem", 1)[0].Name, Is.EqualTo("Winston-Salem"));
            Assert.That(Index.Search("nukualofa", 1)[0].Name, Is.EqualTo("Nuku‘alofa"));
        });
    }

    [Test]
    public void A_trailing_space_ends_the_word()
    {
        var results = Index.Search("san ", 50);
        Assert.Multiple(() =>
        {
            Assert.That(results, Has.Count.EqualTo(50));
            Assert.That(results.Select(p => p.Name), Has.Some.EqualTo("San Antonio"));

            // Not "Santa Cruz" or "Sanford"; "Donostia / San Sebastián" is found by its ASCII name, "San Sebastian".
            Assert.That(results.Select(p => p.Name), Has.None.Match("^[Ss]an[a-z]"));
            Assert.That(Index.Search("Pune, ", 1)[0].Name, Is.EqualTo("Pune"));
        });
    }

    [Test]
    public void Results_are_most_populous_first_then_by_name()
    {
        var results = Index.Search("ma", 200);
        var expected = results.OrderByDescending(p => p.Population).ThenBy(p => p.Name, StringComparer.Ordinal).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(results, Has.Count.EqualTo(200));
            Assert.That(results, Is.EqualTo(expected));
            Assert.That(results.Select(p => p.GeoNameId), Is.Unique);
        });
    }

    [Test]
    public void The_top_results_are_the_most_populous_matches_of_the_whole_data()
    {
        var expected = Index.All()
            .Where(p => p.Name.StartsWith("Ber", StringComparison.OrdinalIgnoreCase))
            .OrderByDescending(p => p.Population).ThenBy(p => p.Name, StringComparer.Ordinal)
            .Take(5).Select(p => p.GeoNameId);
        Assert.That(Index.Search("ber", 5).Select(p => p.GeoNameId), Is.EqualTo(expected));
    }

    [TestCase("IN")]
    [TestCase("in")]
    public void A_country_filter_keeps_only_that_country(string countryCode)
    {
        var results = Index.Search("san", 15, countryCode);
        Assert.That(results, Has.Count.EqualTo(15));
        Assert.That(results.Select(p => p.CountryCode), Has.All.EqualTo("IN"));
    }

    [Test]
    public void A_country_filter_finds_small_places_behind_big_ones()
    {
        var results = Index.Search("london", 3, "KI");
        Assert.That(results.Select(p => (p.Name, p.TimeZone)), Is.EqualTo(new[] { ("London Village", "Pacific/Kiritimati") }));
    }

    [TestCase(0)]
    [TestCase(1)]
    [TestCase(7)]
    public void The_limit_is_respected(int limit)
    {
        Assert.That(Index.Search("a", limit), Has.Count.EqualTo(limit));
    }

    [TestCase("xqzjvw")]
    [TestCase("")]
    [TestCase("   ")]
    [TestCase("-")]
    public void Nonsense_or_empty_queries_find_nothing(string query)
    {
        Assert.That(Index.Search(query, 10), Is.Empty);
    }

    [Test]
    public void An_unknown_country_finds_nothing()
    {
        Assert.That(Index.Search("san", 10, "QQ"), Is.Empty);
    }

    [Test]
    public void Bad_arguments_are_refused()
    {
        Assert.Multiple(() =>
        {
            Assert.That(() => Index.Search(null!, 10), Throws.ArgumentNullException);
            Assert.That(() => Index.Search("pune", -1), Throws.InstanceOf<ArgumentOutOfRangeException>());
        });
    }
}
