// What the page shows, and its shareable form in the address: /?datetime=…&tz=…&latitude=…&longitude=…&style=…&varga=…
// A birth here is exactly the body of POST /v1/chart (minus defaults), so the same object serves every calculation.

export const DEFAULT_SETTINGS = Object.freeze({
  ayanamsha: 'LAHIRI', houseSystem: 'WHOLE_SIGN', nodeType: 'MEAN', positions: 'APPARENT', timeScale: 'UT1',
});

export const CHART_STYLES = Object.freeze(['NORTH', 'SOUTH', 'EAST']);

export const DEFAULT_VIEW = Object.freeze({ style: 'NORTH', varga: 1 });

const SETTING_NAMES = Object.keys(DEFAULT_SETTINGS);
const BIRTH_TEXT_NAMES = ['datetime', 'tz', ...SETTING_NAMES, 'fold', 'gap'];

/** The chart the page shows now; null until one has been computed. */
export const current = {
  birth: null,
  placeName: '',
  view: { ...DEFAULT_VIEW },
  chart: null,
};

/** Reads a birth, its place name and the picture's view from a query string; birth is null when incomplete. */
export function readQuery(search) {
  const query = new URLSearchParams(search);
  const view = {
    style: CHART_STYLES.includes(query.get('style')?.toUpperCase()) ? query.get('style').toUpperCase() : DEFAULT_VIEW.style,
    varga: Number.parseInt(query.get('varga') ?? '', 10) || DEFAULT_VIEW.varga,
  };
  const placeName = query.get('place') ?? '';
  const latitude = Number.parseFloat(query.get('latitude') ?? '');
  const longitude = Number.parseFloat(query.get('longitude') ?? '');
  if (!query.get('datetime') || !Number.isFinite(latitude) || !Number.isFinite(longitude)) {
    return { birth: null, placeName, view };
  }
  const birth = { latitude, longitude };
  for (const name of BIRTH_TEXT_NAMES) {
    const value = query.get(name);
    if (value) {
      birth[name] = value;
    }
  }
  return { birth, placeName, view };
}

/** The address that reopens this chart: settings only where they differ from the defaults. */
export function queryFor(birth, placeName, view) {
  const query = new URLSearchParams();
  query.set('datetime', birth.datetime);
  if (birth.tz) {
    query.set('tz', birth.tz);
  }
  query.set('latitude', String(birth.latitude));
  query.set('longitude', String(birth.longitude));
  if (placeName) {
    query.set('place', placeName);
  }
  for (const name of SETTING_NAMES) {
    if (birth[name] && birth[name] !== DEFAULT_SETTINGS[name]) {
      query.set(name, birth[name]);
    }
  }
  for (const name of ['fold', 'gap']) {
    if (birth[name]) {
      query.set(name, birth[name]);
    }
  }
  query.set('style', view.style);
  query.set('varga', String(view.varga));
  return `/?${query}`;
}

/** A birth without its default settings: shorter addresses, and the same body a profile stores. */
export function withoutDefaults(birth) {
  const trimmed = {};
  for (const [name, value] of Object.entries(birth)) {
    if (value !== undefined && value !== '' && value !== null && DEFAULT_SETTINGS[name] !== value) {
      trimmed[name] = value;
    }
  }
  return trimmed;
}
