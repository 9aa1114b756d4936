using Jyotishika.Server.Storage.Postgres;

namespace Jyotishika.Server.Tests.Storage;

/// <summary>
/// Every shipped migration keeps the previous release working (expand only), unless it is marked as the contract step
/// of an earlier expand; and the policy's reader catches each kind of destructive statement and lets additions by.
/// </summary>
public sealed class MigrationPolicyTests
{
    private static IEnumerable<TestCaseData> Shipped() =>
        Migration.All.Select(m => new TestCaseData(m).SetArgDisplayNames($"{m.Version:0000}_{m.Name}"));

    [TestCaseSource(nameof(Shipped))]
    public void A_shipped_migration_only_expands_or_is_a_marked_contract_step_of_an_earlier_one(Migration migration)
    {
        ArgumentNullException.ThrowIfNull(migration);
        var destructive = MigrationPolicy.DestructiveStatements(migration.Sql);
        if (MigrationPolicy.ContractStepOf(migration.Sql) is { } expand)
        {
            Assert.That(expand, Is.LessThan(migration.Version), "a contract step completes an earlier expand");
            return;
        }

        Assert.That(destructive, Is.Empty,
            "a destructive statement breaks the release before this one during a roll-out or after a rollback: split it into "
            + "an expand now and a contract step (marked '-- contract-step-of: NNNN') in a later release");
    }

    [TestCase("DROP TABLE notes")]
    [TestCase("drop index if exists charts_user_idx")]
    [TestCase("ALTER TABLE profiles DROP COLUMN place_name")]
    [TestCase("ALTER TABLE profiles ADD COLUMN x int, DROP CONSTRAINT profiles_name_check")]
    [TestCase("ALTER TABLE profiles RENAME COLUMN name TO title")]
    [TestCase("ALTER TABLE profiles RENAME TO people")]
    [TestCase("ALTER TABLE profiles ADD COLUMN kind text NOT NULL")]
    [TestCase("ALTER TABLE profiles ADD kind text NOT NULL REFERENCES kinds (id)")]
    [TestCase("ALTER TABLE profiles ALTER COLUMN place_name SET NOT NULL")]
    [TestCase("ALTER TABLE profiles ALTER COLUMN version TYPE bigint")]
    [TestCase("ALTER TABLE profiles ALTER version SET DATA TYPE numeric(10, 2)")]
    [TestCase("ALTER TABLE profiles ALTER COLUMN place_name DROP DEFAULT")]
    [TestCase("TRUNCATE notes")]
    public void Destructive_statements_are_caught(string statement)
    {
        Assert.That(MigrationPolicy.DestructiveStatements($"-- a comment\n{statement};\n"), Has.Count.EqualTo(1));
    }

    [TestCase("CREATE TABLE kinds (id int PRIMARY KEY, name text NOT NULL)")]
    [TestCase("ALTER TABLE profiles ADD COLUMN kind text")]
    [TestCase("ALTER TABLE profiles ADD COLUMN kind text NOT NULL DEFAULT 'natal'")]
    [TestCase("ALTER TABLE profiles ADD CONSTRAINT kind_known CHECK (kind IN ('natal', 'event')) NOT VALID")]
    [TestCase("ALTER TABLE profiles ALTER COLUMN place_name DROP NOT NULL")]
    [TestCase("CREATE INDEX CONCURRENTLY profiles_kind_idx ON profiles (kind)")]
    [TestCase("CREATE OR REPLACE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1; DROP TABLE x $$")]
    [TestCase("COMMENT ON COLUMN profiles.kind IS 'we never DROP or RENAME anything; NOT NULL'")]
    [TestCase("-- DROP TABLE notes;\nALTER TABLE profiles ENABLE ROW LEVEL SECURITY")]
    public void Additions_are_let_by(string statement)
    {
        Assert.That(MigrationPolicy.DestructiveStatements(statement + ";"), Is.Empty);
    }

    [Test]
    public void A_contract_step_names_the_expand_it_completes()
    {
        const string contract = "-- Removes profiles.place_name, replaced by place in 0003.\n-- contract-step-of: 0003\nALTER TABLE profiles DROP COLUMN place_name;";

        Assert.That(MigrationPolicy.ContractStepOf(contract), Is.EqualTo(3));
        Assert.That(MigrationPolicy.ContractStepOf("ALTER TABLE profiles DROP COLUMN place_name;"), Is.Null);
    }
}
