# Shared helpers for backup.sh and restore.sh. Sourced, not run.
set -euo pipefail

die() {
  echo "$(basename "$0"): $*" >&2
  exit 1
}

# Prints the path of a PostgreSQL client tool: the newest /usr/lib/postgresql/*/bin that has it, else the one on PATH.
# The newest matters because pg_dump refuses a server newer than itself, and Debian's /usr/bin wrapper picks a version
# by local cluster, not by the server it is pointed at.
pg_tool() {
  local tool="$1" bin newest=""
  while IFS= read -r bin; do
    if [ -x "$bin/$tool" ]; then
      newest="$bin"
    fi
  done < <(printf '%s\n' /usr/lib/postgresql/*/bin | sort -V)
  if [ -n "$newest" ]; then
    echo "$newest/$tool"
  elif command -v "$tool" >/dev/null 2>&1; then
    command -v "$tool"
  else
    die "$tool not found: install the PostgreSQL client tools (Debian: postgresql-client), as new as the server"
  fi
}

# Reads DATABASE_URL into pg_url (the URL without its password, safe on a command line where ps shows it), pg_shown
# (that URL without its query, for messages) and pg_database; the password goes to libpq as PGPASSWORD.
read_database_url() {
  local url="${DATABASE_URL:-}"
  [ -n "$url" ] || die "DATABASE_URL is not set (postgresql://user:password@host:5432/database)"
  case "$url" in
    postgres://* | postgresql://*) ;;
    *) die "DATABASE_URL must be a postgresql:// URL (postgresql://user:password@host:5432/database)" ;;
  esac
  local scheme="${url%%://*}" rest="${url#*://}"
  local authority="${rest%%[/?]*}"
  local tail="${rest:${#authority}}"
  if [[ "$authority" == *@* ]]; then
    local userinfo="${authority%@*}" host="${authority##*@}"
    if [[ "$userinfo" == *:* ]]; then
      # Percent-decoded (a URL must encode reserved characters in a password); backslashes are doubled first so %b
      # turns only the %XX escapes into bytes.
      local password="${userinfo#*:}"
      password="${password//\\/\\\\}"
      PGPASSWORD="$(printf '%b' "${password//%/\\x}")"
      export PGPASSWORD
      userinfo="${userinfo%%:*}"
    fi
    authority="$userinfo@$host"
  fi
  pg_url="$scheme://$authority$tail"
  pg_shown="${pg_url%%\?*}"
  pg_database="${tail#/}"
  pg_database="${pg_database%%\?*}"
  [ -n "$pg_database" ] || die "DATABASE_URL must name a database: postgresql://user:password@host:5432/database"
}
