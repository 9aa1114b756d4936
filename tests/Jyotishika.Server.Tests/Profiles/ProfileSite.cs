using System.Net;
using System.Text.Json.Nodes;
using Dapper;
using Jyotishika.Server.Configuration;
using Jyotishika.Server.Platform.Identity;
using Jyotishika.Server.Storage;
using Jyotishika.Server.Tests.Auth;
using Jyotishika.Server.Tests.Infrastructure;
using Jyotishika.V1;
using Npgsql;

namespace Jyotishika.Server.Tests.Profiles;

/// <summary>
/// A <see cref="SignInSite"/> for profile tests: its database's superuser URL is kept, to count and compare rows past
/// row-level security, and its people are approved, signed in with a browser and hold an API token for gRPC.
/// </summary>
internal sealed class ProfileSite : IAsyncDisposable
{
    private readonly List<Person> people = [];

    private ProfileSite(SignInSite site, string superuserUrl)
    {
        Site = site;
        SuperuserUrl = superuserUrl;
        Grpc = new ProfileService.ProfileServiceClient(site.Server.Grpc);
        Auth = new AuthService.AuthServiceClient(site.Server.Grpc);
    }

    public SignInSite Site { get; }

    public string SuperuserUrl { get; }

    public ProfileService.ProfileServiceClient Grpc { get; }

    public AuthService.AuthServiceClient Auth { get; }

    /// <summary>
    /// A site on a fresh database of the shared PostgreSQL, or of <paramref name="postgres"/> when a test owns one;
    /// <paramref name="settings"/> (KEY=value) win over the site's own.
    /// </summary>
    public static async Task<ProfileSite> StartAsync(
        string environment = "Production", LocalPostgres? postgres = null, params string[] settings)
    {
        string url, superuserUrl;
        if (postgres is null)
        {
            (url, superuserUrl) = await SharedServers.NewDatabaseWithSuperuserAsync();
        }
        else
        {
            url = await postgres.CreateDatabaseAsync("profiles");
            superuserUrl = postgres.SuperuserUrl("profiles");
        }

        return new ProfileSite(await SignInSite.StartAsync(environment, databaseUrl: url, settings: settings), superuserUrl);
    }

    /// <summary>Approves <paramref name="who"/>@example.com, signs them in and gives them an API token.</summary>
    public async Task<Person> SignUpAsync(string who)
    {
        var user = new FakeUser("sub-" + who, who + "@example.com", who);
        await Site.ApproveAsync(user.Email);
        var browser = new TestBrowser();
        using (await Site.SignInAsync(browser, user))
        {
        }

        Assert.That(browser.Cookie(SessionCookie.Name), Is.Not.Null, $"{who} is signed in");
        var token = await SendAsync(browser, HttpMethod.Post, "/v1/tokens", $$"""{"name":"{{who}}'s script"}""");
        Assert.That(token.Status, Is.EqualTo(HttpStatusCode.OK), token.Body);
        var secret = token.Json["secret"]!.GetValue<string>();
        var me = await Auth.GetMeAsync(new GetMeRequest(), Person.BearerFor(secret));
        var person = new Person(user.Email, Guid.Parse(me.User.Id), browser, secret);
        people.Add(person);
        return person;
    }

    /// <summary>A REST call with the person's session cookie.</summary>
    public Task<RestAnswer> SendAsync(Person person, HttpMethod method, string path, string? json = null) =>
        SendAsync(person.Browser, method, path, json);

    public async Task<RestAnswer> SendAsync(TestBrowser browser, HttpMethod method, string path, string? json = null)
    {
        using var response = await Site.SendAsync(browser, method, path, json);
        return new RestAnswer(response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Creates a Pune-born profile over gRPC.</summary>
    public async Task<Profile> CreateProfileAsync(Person person, string name)
    {
        ArgumentNullException.ThrowIfNull(person);
        return await Grpc.CreateProfileAsync(new CreateProfileRequest { Profile = Births.PuneProfile(name) }, person.Bearer);
    }

    /// <summary>Creates a note over gRPC.</summary>
    public async Task<Note> CreateNoteAsync(Person person, string profileId, string title, string body = "")
    {
        ArgumentNullException.ThrowIfNull(person);
        return await Grpc.CreateNoteAsync(
            new CreateNoteRequest { ProfileId = profileId, Note = new Note { Title = title, Body = body } }, person.Bearer);
    }

    /// <summary>Creates a profile over REST and returns its JSON.</summary>
    public async Task<JsonNode> CreateOverRestAsync(Person person, string name, string? birth = null)
    {
        var created = await SendAsync(person, HttpMethod.Post, "/v1/profiles", Births.Profile(name, birth));
        Assert.That(created.Status, Is.EqualTo(HttpStatusCode.OK), created.Body);
        return created.Json;
    }

    /// <summary>The superuser's view, which row-level security does not narrow.</summary>
    public NpgsqlConnection OpenAsSuperuser()
    {
        var builder = global::Jyotishika.Server.Storage.DatabaseUrl.Parse(SuperuserUrl);
        builder.Pooling = false;
        var connection = new NpgsqlConnection(builder.ConnectionString);
        connection.Open();
        return connection;
    }

    public async Task<long> CountAsSuperuserAsync(string sql, object? parameters = null)
    {
        await using var connection = OpenAsSuperuser();
        return await connection.ExecuteScalarAsync<long>(sql, parameters);
    }

    /// <summary>One row of a profile table by id (or another uuid column), as JSON text; null when there is none.</summary>
    public async Task<string?> SuperuserRowAsync(string table, string id, string column = "id")
    {
        await using var connection = OpenAsSuperuser();
        return await connection.QuerySingleOrDefaultAsync<string>(
            $"SELECT row_to_json(t)::text FROM {table} t WHERE {column} = @Id", new { Id = Guid.Parse(id) });
    }

    /// <summary>Every row of a user's in the profile tables, as JSON text, for before/after comparisons.</summary>
    public async Task<IReadOnlyList<string>> RowsOfAsync(Guid userId)
    {
        await using var connection = OpenAsSuperuser();
        var rows = new List<string>();
        foreach (var table in new[] { "profiles", "charts", "notes" })
        {
            rows.AddRange(await connection.QueryAsync<string>(
                $"SELECT '{table} ' || row_to_json(t)::text FROM {table} t WHERE user_id = @UserId ORDER BY id", new { UserId = userId }));
        }

        return rows;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var person in people)
        {
            person.Dispose();
        }

        await Site.DisposeAsync();
    }
}
