#!/usr/bin/env bash
# Backs up the Jyotishika database as a pg_dump custom-format archive (compressed; pg_restore can list it and restore
# any part), without owners or grants, so it restores into any database under whatever role will own it.
#
# Usage: DATABASE_URL=postgresql://user:password@host:5432/db ./scripts/backup.sh [file | folder/]
#   Default: ./backups/jyotishika-<db>-<UTC time>.dump; an existing folder, or one named with a trailing slash, gets a
#   file so named. New folders are made 0700 and the file 0600: it holds every user's data and the API token hashes.
#   Prints the file's path (and nothing else) on stdout; never overwrites a file.
#
# The server's own DATABASE_URL works: its role is bound by row-level security, so the dump reads with
# app.maintenance=on, the schema's switch that lets maintenance see every user's rows (a superuser sees them anyway).
# Uses the newest /usr/lib/postgresql/*/bin/pg_dump (it must be at least the server's version), else pg_dump on PATH.
# The password reaches libpq as PGPASSWORD: it is never on a command line (where ps shows it) nor in a message.
source "$(dirname "${BASH_SOURCE[0]}")/lib-postgres.sh"

[ $# -le 1 ] || die "usage: DATABASE_URL=postgresql://… $0 [file | folder/]"
read_database_url
pg_dump=$(pg_tool pg_dump)
pg_restore=$(pg_tool pg_restore)

umask 077
name="jyotishika-${pg_database//[^A-Za-z0-9_-]/_}-$(date -u +%Y%m%dT%H%M%SZ).dump"
if [ $# -eq 0 ]; then
  file="backups/$name"
elif [ -d "$1" ] || [[ "$1" == */ ]]; then
  file="${1%/}/$name"
else
  file="$1"
fi
mkdir -p "$(dirname "$file")"
[ ! -e "$file" ] || die "$file already exists; a backup never overwrites one"

# Written under another name and renamed once complete and readable, so a file with the final name is a whole archive.
partial="$file.partial"
trap 'rm -f "$partial"' EXIT
echo "Backing up $pg_shown with $pg_dump" >&2
PGOPTIONS="${PGOPTIONS:+$PGOPTIONS }-c app.maintenance=on" "$pg_dump" --format=custom --no-owner --no-privileges \
  --enable-row-security --dbname="$pg_url" --file="$partial" ||
  die "pg_dump of $pg_shown failed; no backup was written"
"$pg_restore" --list "$partial" >/dev/null ||
  die "pg_dump wrote an archive pg_restore cannot read; no backup was written"
mv "$partial" "$file"
echo "$file"
