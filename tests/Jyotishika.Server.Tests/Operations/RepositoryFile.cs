namespace Jyotishika.Server.Tests.Operations;

/// <summary>Files of the repository the tests were built from, found by walking up from the test binaries to Jyotishika.sln.</summary>
internal static class RepositoryFile
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(string relative) => Path.Combine(Root, relative);

    public static string Read(string relative) => File.ReadAllText(PathOf(relative));

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Jyotishika.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No Jyotishika.sln above {AppContext.BaseDirectory}.");
    }
}
