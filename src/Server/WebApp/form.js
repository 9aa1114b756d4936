// The birth form: reading it into a chart request, filling it from one, and showing each refusal beside its control.

import { DEFAULT_SETTINGS } from './state.js';
import { markChosen } from './places.js';

const byId = (id) => document.getElementById(id);

const SETTING_CONTROLS = Object.freeze({
  ayanamsha: 'ayanamsha', houseSystem: 'house-system', nodeType: 'node-type', positions: 'positions',
  timeScale: 'time-scale',
});

// The API names fields by their JSON path ("datetime", or "birth.datetime" in a picture's query); these are the
// controls that set them. Fold and gap qualify the birth time, so their refusals belong beside it too.
const CONTROL_BY_FIELD = new Map([
  ['datetime', 'birth-date'], ['fold', 'birth-date'], ['gap', 'birth-date'], ['timeStandard', 'birth-date'],
  ['latitude', 'latitude'], ['longitude', 'longitude'], ['tz', 'time-zone'], ['utcOffsetMinutes', 'time-zone'],
  ['ayanamsha', 'ayanamsha'], ['userAyanamsha', 'ayanamsha'], ['houseSystem', 'house-system'],
  ['nodeType', 'node-type'], ['positions', 'positions'], ['timeScale', 'time-scale'], ['varga', 'varga'],
]);

// The time input shares the date's error message (one datetime field on the server).
const ALSO_INVALID = new Map([['birth-date', ['birth-time']]]);

/** The request the form describes, or the problems that keep it from being one (as field violations). */
export function readBirth() {
  const problems = [];
  const date = byId('birth-date').value;
  const time = byId('birth-time').value;
  if (!date || !time) {
    problems.push({ field: 'datetime', description: date ? 'Enter the time of birth.' : 'Enter the date of birth.' });
  }
  const latitude = readNumber('latitude', 'Choose a place, or enter its latitude.', problems);
  const longitude = readNumber('longitude', 'Choose a place, or enter its longitude.', problems);
  if (problems.length > 0) {
    return { birth: null, problems };
  }
  const birth = { datetime: `${date}T${time.length === 5 ? `${time}:00` : time}`, latitude, longitude };
  const zone = byId('time-zone').value.trim();
  if (zone) {
    birth.tz = zone;
  }
  for (const [name, id] of Object.entries(SETTING_CONTROLS)) {
    birth[name] = byId(id).value || DEFAULT_SETTINGS[name];
  }
  return { birth, problems };
}

function readNumber(id, missing, problems) {
  const text = byId(id).value.trim();
  const value = Number.parseFloat(text);
  if (text === '' || !Number.isFinite(value)) {
    problems.push({ field: id, description: missing });
  }
  return value;
}

/** Fills the form from a request (a shared address, a saved profile). */
export function fillForm(birth, placeName) {
  const [date, time = ''] = birth.datetime.split('T');
  byId('birth-date').value = date;
  // An offset ("…+05:30", "…Z") has no place in a time input; the zone field carries zones.
  byId('birth-time').value = time.replace(/(Z|[+-]\d\d:?\d\d)$/, '').slice(0, 8);
  byId('latitude').value = String(birth.latitude ?? '');
  byId('longitude').value = String(birth.longitude ?? '');
  byId('time-zone').value = birth.tz ?? '';
  byId('place-search').value = placeName ?? '';
  markChosen(placeName);
  for (const [name, id] of Object.entries(SETTING_CONTROLS)) {
    const select = byId(id);
    const value = known(birth[name]) ? birth[name] : DEFAULT_SETTINGS[name];
    select.value = value;
    if (select.value !== value) {
      select.value = DEFAULT_SETTINGS[name];
    }
  }
  const customised = Object.keys(SETTING_CONTROLS).some((name) => known(birth[name]) && birth[name] !== DEFAULT_SETTINGS[name]);
  byId('settings').open = byId('settings').open || customised;
}

const known = (enumName) => typeof enumName === 'string' && enumName !== '' && enumName !== 'UNSPECIFIED';

/** Puts each violation beside its control; returns those no control owns. Focuses the first invalid control. */
export function showFieldErrors(violations) {
  const unplaced = [];
  let first = null;
  for (const violation of violations) {
    const field = violation.field.replace(/^birth\./, '');
    const controlId = CONTROL_BY_FIELD.get(field) ?? (byId(`${field}-error`) ? field : null);
    const message = byId(`${controlId}-error`);
    if (!controlId || !message) {
      unplaced.push(violation);
      continue;
    }
    message.textContent = message.hidden ? violation.description : `${message.textContent} ${violation.description}`;
    message.hidden = false;
    for (const id of [controlId, ...(ALSO_INVALID.get(controlId) ?? [])]) {
      byId(id).setAttribute('aria-invalid', 'true');
    }
    const control = byId(controlId);
    const panel = control.closest('details');
    if (panel) {
      panel.open = true;
    }
    first ??= control;
  }
  first?.focus();
  return unplaced;
}

export function clearFieldErrors() {
  for (const message of document.querySelectorAll('.field-error')) {
    message.hidden = true;
    message.textContent = '';
  }
  for (const control of document.querySelectorAll('[aria-invalid]')) {
    control.removeAttribute('aria-invalid');
  }
}

/** The zone names this browser knows, offered as suggestions for the zone field when it is first used. */
export function offerTimeZones() {
  const list = byId('time-zones');
  const zoneField = byId('time-zone');
  zoneField.addEventListener('focus', () => {
    if (list.childElementCount > 0 || typeof Intl.supportedValuesOf !== 'function') {
      return;
    }
    const options = Intl.supportedValuesOf('timeZone').map((zone) => new Option(zone, zone));
    list.append(...options);
  }, { once: true });
}
