#!/usr/bin/env bash
# Adds every public symbol the client build reports as undeclared (RS0016: new proto messages, fields, services) to
# src/Client/PublicAPI.Unshipped.txt, and drops declared symbols that no longer exist (RS0017). Review the diff: it is
# the package's public API change.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
root=$(repo_root)
ensure_dotnet
file="$root/src/Client/PublicAPI.Unshipped.txt"
out=$(dotnet build "$root/src/Client/Jyotishika.Client.csproj" -c Release --nologo --no-incremental 2>&1 || true)
added=$(grep -oP "RS0016: Symbol '\K.*?(?=' is not part of the declared public API)" <<<"$out" | sort -u || true)
removed=$(grep -oP "RS0017: Symbol '\K.*?(?=' is part of the declared API, but is either not public or could not be found)" <<<"$out" | sort -u || true)
{
  if [ -n "$removed" ]; then grep -vxF -f <(printf '%s\n' "$removed") "$file" || true; else cat "$file"; fi
  [ -n "$added" ] && printf '%s\n' "$added"
} | { IFS= read -r first; echo "$first"; sort -u; } > "$file.new"
mv "$file.new" "$file"
echo "public API: $(grep -c . <<<"$added" || true) added, $(grep -c . <<<"$removed" || true) removed"
