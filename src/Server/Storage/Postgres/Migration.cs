using System.Text.RegularExpressions;

namespace Jyotishika.Server.Storage.Postgres;

/// <summary>One versioned SQL migration shipped inside the server (Storage/Migrations/NNNN_name.sql).</summary>
public sealed partial record Migration(int Version, string Name, string Sql)
{
    /// <summary>Detects a migration edited after it was applied somewhere.</summary>
    public string Checksum => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Sql.ReplaceLineEndings("\n"))));

    /// <summary>Every migration in the assembly, in version order; versions must be unique and contiguous from 1.</summary>
    public static IReadOnlyList<Migration> All { get; } = Load();

    private static List<Migration> Load()
    {
        var assembly = typeof(Migration).Assembly;
        var migrations = new List<Migration>();
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            var match = ResourceName().Match(resource);
            if (!match.Success)
            {
                continue;
            }

            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream, Encoding.UTF8);
            migrations.Add(new Migration(int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), match.Groups[2].Value, reader.ReadToEnd()));
        }

        migrations.Sort((a, b) => a.Version.CompareTo(b.Version));
        for (var i = 0; i < migrations.Count; i++)
        {
            if (migrations[i].Version != i + 1)
            {
                throw new InvalidOperationException($"Migrations must be numbered 1, 2, 3 … without gaps; found {migrations[i].Version} at position {i + 1}.");
            }
        }

        return migrations;
    }

    [GeneratedRegex(@"^migrations/(\d{4})_([a-z0-9_]+)\.sql$")]
    private static partial Regex ResourceName();
}
