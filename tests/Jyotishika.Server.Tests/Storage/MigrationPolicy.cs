using System.Text;
using System.Text.RegularExpressions;

namespace Jyotishika.Server.Tests.Storage;

/// <summary>
/// The expand-then-contract rule that keeps a rollback safe: while a release runs, the previous release's code must
/// still work against its schema, so a migration may only add (tables, nullable columns, columns with a default,
/// indexes, functions). A destructive statement — DROP, RENAME, a column's type changed or made NOT NULL, a NOT NULL
/// column added without a default, TRUNCATE — belongs only in a contract step, a migration that names the earlier
/// expand it completes on a line <c>-- contract-step-of: NNNN</c>, shipped once no running release needs what it removes.
/// </summary>
internal static partial class MigrationPolicy
{
    /// <summary>The destructive statements of <paramref name="sql"/>, normalised (empty when it only adds).</summary>
    public static IReadOnlyList<string> DestructiveStatements(string sql) =>
        Statements(sql).Where(IsDestructive).ToList();

    /// <summary>The earlier migration this one is the contract step of, from its marker line; null without one.</summary>
    public static int? ContractStepOf(string sql)
    {
        var marker = ContractMarker().Match(sql);
        return marker.Success ? int.Parse(marker.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    /// <summary>Statements with comments, string literals, quoted identifiers and dollar-quoted bodies blanked out.</summary>
    public static IEnumerable<string> Statements(string sql)
    {
        var text = new StringBuilder(sql.Length);
        var i = 0;
        while (i < sql.Length)
        {
            if (sql.AsSpan(i).StartsWith("--"))
            {
                i = EndOf(sql, i, "\n");
            }
            else if (sql.AsSpan(i).StartsWith("/*"))
            {
                i = EndOf(sql, i + 2, "*/");
            }
            else if (sql[i] is '\'' or '"')
            {
                i = EndOf(sql, i + 1, sql[i].ToString());
                text.Append(" x ");
            }
            else if (DollarTag().Match(sql, i) is { Success: true, Index: var at } tag && at == i)
            {
                i = EndOf(sql, i + tag.Length, tag.Value);
                text.Append(" x ");
            }
            else
            {
                text.Append(sql[i]);
                i++;
            }
        }

        return text.ToString().Split(';')
            .Select(statement => Whitespace().Replace(statement, " ").Trim().ToUpperInvariant())
            .Where(statement => statement.Length > 0);
    }

    private static bool IsDestructive(string statement)
    {
        if (statement.StartsWith("DROP ", StringComparison.Ordinal) || statement.StartsWith("TRUNCATE ", StringComparison.Ordinal)
            || statement.Contains(" RENAME ", StringComparison.Ordinal))
        {
            return true;
        }

        if (!statement.StartsWith("ALTER TABLE ", StringComparison.Ordinal))
        {
            return false;
        }

        // ALTER TABLE's actions are comma-separated (no commas survive inside literals here; type arguments such as
        // numeric(10, 2) are rejoined by the parentheses check).
        foreach (var action in Actions(statement))
        {
            var relaxes = action.Contains(" DROP NOT NULL", StringComparison.Ordinal);
            if ((action.StartsWith("DROP ", StringComparison.Ordinal) || action.Contains(" DROP ", StringComparison.Ordinal)) && !relaxes)
            {
                return true;
            }

            if (action.Contains(" SET NOT NULL", StringComparison.Ordinal) || TypeChange().IsMatch(action))
            {
                return true;
            }

            if (action.StartsWith("ADD ", StringComparison.Ordinal) && action.Contains(" NOT NULL", StringComparison.Ordinal)
                && !action.Contains(" DEFAULT ", StringComparison.Ordinal) && !action.StartsWith("ADD CONSTRAINT", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<string> Actions(string alterTable)
    {
        var depth = 0;
        var start = 0;
        var actions = new List<string>();
        for (var i = 0; i < alterTable.Length; i++)
        {
            depth += alterTable[i] switch { '(' => 1, ')' => -1, _ => 0 };
            if (alterTable[i] == ',' && depth == 0)
            {
                actions.Add(alterTable[start..i]);
                start = i + 1;
            }
        }

        actions.Add(alterTable[start..]);
        // The first action follows the table's name: "ALTER TABLE t ADD …" → "ADD …".
        actions[0] = FirstAction().Replace(actions[0], string.Empty);
        return actions.Select(action => action.Trim());
    }

    private static int EndOf(string sql, int from, string terminator)
    {
        var end = sql.IndexOf(terminator, from, StringComparison.Ordinal);
        return end < 0 ? sql.Length : end + terminator.Length;
    }

    [GeneratedRegex(@"^--\s*contract-step-of:\s*(\d{4})\s*$", RegexOptions.Multiline)]
    private static partial Regex ContractMarker();

    [GeneratedRegex(@"\$[A-Za-z_]*\$")]
    private static partial Regex DollarTag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\bALTER (COLUMN )?\S+ (SET DATA )?TYPE\b")]
    private static partial Regex TypeChange();

    [GeneratedRegex(@"^ALTER TABLE (IF EXISTS )?(ONLY )?\S+ ")]
    private static partial Regex FirstAction();
}
