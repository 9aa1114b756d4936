#!/usr/bin/env bash
# Production smoke test of a running deployment: one line per check, exit status 1 if any fails.
#   scripts/smoke.sh BASE_URL [TOKEN]
# BASE_URL is the public REST address (https://jyotishika.example.com); TOKEN an API token (Bearer), without which the
# authenticated chart is skipped. ORIGIN (environment) is the browser origin CORS must allow: default BASE_URL's own.
set -uo pipefail

base="${1:?usage: scripts/smoke.sh BASE_URL [TOKEN]}"
base="${base%/}"
token="${2:-}"
origin="${ORIGIN:-$(printf '%s' "$base" | sed -E 's#^(https?://[^/]+).*#\1#')}"
chart='{"datetime":"1991-03-25T09:46:00","tz":"Asia/Kolkata","latitude":18.5204,"longitude":73.8567}'
failures=0

report() { # name, passed (0/1), detail
  if [ "$2" -eq 0 ]; then printf 'ok    %-22s %s\n' "$1" "$3"; else printf 'FAIL  %-22s %s\n' "$1" "$3"; failures=$((failures + 1)); fi
}

status_of() { curl -s -o /dev/null -w '%{http_code}' --max-time 10 "$@"; }

code=$(status_of "$base/healthz"); [ "$code" = 200 ]; report health $? "GET /healthz → $code"
code=$(status_of "$base/readyz"); [ "$code" = 200 ]; report readiness $? "GET /readyz → $code"

license=$(curl -s --max-time 10 "$base/license")
printf '%s' "$license" | grep -q 'AGPL-3.0'; report license $? "GET /license names AGPL-3.0"

allowed=$(curl -s -o /dev/null -D - --max-time 10 -X OPTIONS "$base/v1/chart" \
  -H "Origin: $origin" -H 'Access-Control-Request-Method: POST' -H 'Access-Control-Request-Headers: content-type' \
  | tr -d '\r' | awk 'tolower($1) == "access-control-allow-origin:" { print $2 }')
[ "$allowed" = "$origin" ]; report cors $? "preflight from $origin → Access-Control-Allow-Origin: ${allowed:-none}"

code=$(status_of -X POST "$base/v1/chart" -H 'content-type: application/json' -d "$chart")
[ "$code" = 401 ]; report unauthenticated $? "POST /v1/chart without credentials → $code (401 expected)"

if [ -n "$token" ]; then
  code=$(status_of -X POST "$base/v1/chart" -H 'content-type: application/json' -H "authorization: Bearer $token" -d "$chart")
  [ "$code" = 200 ]; report authenticated-chart $? "POST /v1/chart with the token → $code"
else
  printf 'skip  %-22s %s\n' authenticated-chart "no TOKEN given"
fi

location=$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' --max-time 10 "$base/auth/google/login")
case "$location" in 302\ http*) report sign-in-redirect 0 "GET /auth/google/login → ${location%%\?*}" ;;
  *) report sign-in-redirect 1 "GET /auth/google/login → ${location%%\?*} (302 to the identity provider expected)" ;; esac

[ "$failures" -eq 0 ] || { echo "$failures check(s) failed"; exit 1; }
echo "all checks passed"
