using Jyotishika.Server.Tests.Auth;
using Jyotishika.Server.Tests.Operations;

namespace Jyotishika.Server.Tests.Golden;

/// <summary>
/// The server's answers, frozen: a few hundred fixed requests over every RPC and REST route, good and bad, whose exact
/// answers (REST status, content type and body bytes; gRPC messages, status, message and details) are kept in
/// <c>Golden/answers/*.txt</c>. Any change to an answer fails this test with the request and the first difference, so
/// a restructuring that must not change behaviour can prove it did not. With GOLDEN_UPDATE=1 the files are rewritten
/// instead: only for a change of behaviour that is intended and reviewed (the diff of the files is the review).
/// </summary>
[NonParallelizable]
public sealed class GoldenAnswerTests
{
    private const string AnswersFolder = "tests/Jyotishika.Server.Tests/Golden/answers";
    private const int DifferencesShown = 5;

    private static bool Updating => Environment.GetEnvironmentVariable("GOLDEN_UPDATE") == "1";

    [Test]
    public async Task Every_answer_is_byte_identical_to_its_golden_recording()
    {
        // Arrange
        var placeholders = new Placeholders();
        RunIdentity.Register(placeholders);
        await using var site = await SignInSite.StartAsync();
        using var callers = await GoldenCallers.SignUpAsync(site, placeholders);
        using var exchange = new GoldenExchange(site.Server, callers, placeholders, recording: Updating);

        // Act
        var answers = new List<(GoldenGroup Group, List<GoldenEntry> Entries)>();
        foreach (var group in GoldenGroups.All)
        {
            var entries = new List<GoldenEntry>();
            foreach (var request in group.Cases)
            {
                entries.Add(await exchange.SendAsync(request));
            }

            answers.Add((group, entries));
        }

        // Assert
        var folder = RepositoryFile.PathOf(AnswersFolder);
        if (Updating)
        {
            Record(folder, answers);
            return;
        }

        var differences = answers
            .SelectMany(answer => Path.Combine(folder, answer.Group.FileName) is var file && File.Exists(file)
                ? GoldenComparison.Differences(answer.Group.Name, File.ReadAllText(file), answer.Entries)
                : [$"{answer.Group.FileName} is missing from {AnswersFolder}: record it deliberately with GOLDEN_UPDATE=1"])
            .Concat(StaleFiles(folder).Select(file => $"{file} is in {AnswersFolder} but no group sends its requests"))
            .ToList();
        Assert.That(
            differences,
            Has.Count.Zero,
            $"{differences.Count} differences from the golden answers; the first {Math.Min(differences.Count, DifferencesShown)}:\n"
            + string.Join('\n', differences.Take(DifferencesShown)));
    }

    /// <summary>Writes every golden file and removes any a group no longer has.</summary>
    private static void Record(string folder, List<(GoldenGroup Group, List<GoldenEntry> Entries)> answers)
    {
        Directory.CreateDirectory(folder);
        foreach (var (group, entries) in answers)
        {
            File.WriteAllText(Path.Combine(folder, group.FileName), GoldenFile.Write(group.Name, entries));
        }

        foreach (var stale in StaleFiles(folder))
        {
            File.Delete(Path.Combine(folder, stale));
        }

        TestContext.Out.WriteLine($"Recorded {answers.Sum(answer => answer.Entries.Count)} golden answers in {folder}");
    }

    /// <summary>Golden files no group writes: a comparison reports them, since their requests are no longer sent.</summary>
    private static List<string> StaleFiles(string folder) =>
        Directory.Exists(folder)
            ? [.. Directory.EnumerateFiles(folder, "*.txt").Select(file => Path.GetFileName(file))
                .Where(file => GoldenGroups.All.All(group => group.FileName != file))]
            : [];
}
