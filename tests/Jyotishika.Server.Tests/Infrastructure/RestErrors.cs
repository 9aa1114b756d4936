using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Jyotishika.Server.Tests.Infrastructure;

/// <summary>Posts raw bodies and reads the google.rpc.Status JSON that REST errors carry.</summary>
internal static class RestErrors
{
    public static async Task<(int Status, string Body)> PostRawAsync(string path, byte[] body, string? contentType = "application/json")
    {
        using var content = new ByteArrayContent(body);
        if (contentType is not null)
        {
            content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        using var response = await ServerFixture.Rest.PostAsync(new Uri(path, UriKind.Relative), content);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    public static async Task<(int Status, string Body)> GetAsync(string path)
    {
        using var response = await ServerFixture.Rest.GetAsync(new Uri(path, UriKind.Relative));
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    public static Task<(int Status, string Body)> PostAsync(string path, string body) =>
        PostRawAsync(path, Encoding.UTF8.GetBytes(body));

    /// <summary>The fields named by the BadRequest detail of a google.rpc.Status body with code 3 (INVALID_ARGUMENT).</summary>
    public static IReadOnlyList<string> ViolatedFields(string body)
    {
        using var json = JsonDocument.Parse(body);
        var root = json.RootElement;
        Assert.That(root.GetProperty("code").GetInt32(), Is.EqualTo(3), body);
        var detail = root.GetProperty("details").EnumerateArray()
            .Single(d => d.GetProperty("@type").GetString() == "type.googleapis.com/google.rpc.BadRequest");
        return detail.GetProperty("fieldViolations").EnumerateArray().Select(v => v.GetProperty("field").GetString()!).ToList();
    }

    /// <summary>The (field, description) pairs of a google.rpc.Status body's BadRequest detail.</summary>
    public static IReadOnlyList<(string Field, string Description)> Violations(string body)
    {
        using var json = JsonDocument.Parse(body);
        return json.RootElement.GetProperty("details").EnumerateArray()
            .Where(d => d.GetProperty("@type").GetString() == "type.googleapis.com/google.rpc.BadRequest")
            .SelectMany(d => d.GetProperty("fieldViolations").EnumerateArray())
            .Select(v => (v.GetProperty("field").GetString()!, v.GetProperty("description").GetString()!))
            .ToList();
    }
}
