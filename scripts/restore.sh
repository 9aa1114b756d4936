#!/usr/bin/env bash
# Restores an archive made by backup.sh into DATABASE_URL with pg_restore, in one transaction: an error anywhere
# (--exit-on-error) leaves the database exactly as it was.
#
# Usage: DATABASE_URL=postgresql://owner:password@host:5432/new_db ./scripts/restore.sh [--force] file
#   The target should be a fresh, empty database owned by the role the server will connect as (CREATE DATABASE new_db
#   OWNER owner), and DATABASE_URL should connect as that role: everything restored is owned by it, so row-level
#   security binds the server exactly as it did before.
#   A database that already has schema_migrations is a Jyotishika database, probably live: it is refused unless
#   --force, which drops every object the archive holds before restoring it (pg_restore --clean --if-exists).
#
# Uses the newest /usr/lib/postgresql/*/bin tools, else those on PATH. The password reaches libpq as PGPASSWORD: it is
# never on a command line (where ps shows it) nor in a message.
source "$(dirname "${BASH_SOURCE[0]}")/lib-postgres.sh"

usage="usage: DATABASE_URL=postgresql://… $0 [--force] file"
force=false
if [ "${1:-}" = "--force" ]; then
  force=true
  shift
fi
[ $# -eq 1 ] || die "$usage"
file="$1"
[ -f "$file" ] && [ -r "$file" ] || die "$file is not a readable file"
read_database_url
psql=$(pg_tool psql)
pg_restore=$(pg_tool pg_restore)

"$pg_restore" --list "$file" >/dev/null || die "$file is not an archive pg_restore can read"
existing=$("$psql" --no-psqlrc --quiet --tuples-only --no-align --set=ON_ERROR_STOP=1 --dbname="$pg_url" \
  --command="SELECT EXISTS (SELECT FROM pg_catalog.pg_tables WHERE tablename = 'schema_migrations')") ||
  die "cannot query $pg_shown"
clean=()
if [ "$existing" = "t" ]; then
  "$force" || die "$pg_shown already has a schema_migrations table, so it holds Jyotishika data; restore into a fresh" \
    "empty database, or pass --force to replace what it holds"
  echo "--force: replacing the objects $file holds in $pg_shown" >&2
  clean=(--clean --if-exists)
fi

echo "Restoring $file into $pg_shown with $pg_restore" >&2
"$pg_restore" --no-owner --no-privileges --exit-on-error --single-transaction "${clean[@]}" \
  --dbname="$pg_url" "$file" ||
  die "pg_restore into $pg_shown failed; the transaction was rolled back and the database is as it was"
echo "Restored $file into $pg_shown" >&2
