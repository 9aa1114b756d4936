// The almanac's controls: the place (the birth form's coordinates and zone), the date, and which views to show. The
// day and the month are drawn by almanac-day.js and almanac-month.js.

import { describeFailure } from './api.js';
import { showDay } from './almanac-day.js';
import { showMonth } from './almanac-month.js';
import { paragraph } from './dom.js';
import { todayIn } from './format.js';
import { current } from './state.js';

const byId = (id) => document.getElementById(id);

let shownMonth = null;

/** Wires the almanac's form and month navigation; call once. */
export function setUpAlmanac() {
  byId('almanac-form').addEventListener('submit', (event) => {
    event.preventDefault();
    openDay();
  });
  byId('almanac-show-month').addEventListener('click', () => openMonth(null));
  byId('almanac-previous-month').addEventListener('click', () => openMonth(shiftMonth(shownMonth, -1)));
  byId('almanac-next-month').addEventListener('click', () => openMonth(shiftMonth(shownMonth, 1)));
}

/**
 * The place as a panchang request, or null: the form's coordinates, its zone, else the zone the chart shown resolved for
 * the same coordinates; the chart's ayanamsha and positions.
 */
function placeRequest() {
  const latitude = Number.parseFloat(byId('latitude').value);
  const longitude = Number.parseFloat(byId('longitude').value);
  if (!Number.isFinite(latitude) || !Number.isFinite(longitude)) {
    return null;
  }
  const request = { latitude, longitude };
  const samePlace = current.birth?.latitude === latitude && current.birth?.longitude === longitude;
  const zone = byId('time-zone').value.trim() || (samePlace ? current.chart?.metadata?.time?.timeZone : '');
  if (zone) {
    request.tz = zone;
  }
  for (const name of ['ayanamsha', 'positions']) {
    if (byId(name).value) {
      request[name] = byId(name).value;
    }
  }
  return request;
}

function begin() {
  clearErrors();
  const request = placeRequest();
  if (!request) {
    showError('Choose a place in the birth details (or enter its latitude and longitude) first.');
    return null;
  }
  const name = byId('place-search').value.trim();
  byId('almanac-place').textContent = `At ${name || `${request.latitude}, ${request.longitude}`}.`;
  return request;
}

async function openDay(chosen) {
  const request = begin();
  if (!request) {
    return;
  }
  const input = byId('almanac-date');
  const defaulted = !chosen && !input.value;
  const date = chosen ?? (input.value || todayIn(request.tz));
  input.value = date;
  const shown = await showDay({ ...request, date });
  // Before sunrise the day in force is still yesterday's (the Hindu day runs sunrise to sunrise).
  if (defaulted && shown.sunrise && Date.now() < Date.parse(shown.sunrise)) {
    input.value = previousDate(date);
    explain(await showDay({ ...request, date: input.value }));
    return;
  }
  explain(shown);
  byId('almanac-day').scrollIntoView?.({ block: 'nearest' });
}

async function openMonth(month) {
  const request = begin();
  if (!request) {
    return;
  }
  const input = byId('almanac-date');
  shownMonth = month ?? (input.value || todayIn(request.tz)).slice(0, 7);
  byId('almanac-month-navigation').hidden = false;
  const failure = await showMonth(request, shownMonth, (date) => {
    input.value = date;
    openDay(date);
  });
  explain({ failure });
}

function explain({ failure }) {
  if (!failure) {
    return;
  }
  const dateProblems = failure.kind === 'invalid' ? failure.violations.filter((violation) => ['date', 'endDate'].includes(violation.field)) : [];
  if (dateProblems.length > 0) {
    const message = byId('almanac-date-error');
    message.textContent = dateProblems.map((violation) => violation.description).join(' ');
    message.hidden = false;
    byId('almanac-date').setAttribute('aria-invalid', 'true');
  }
  const others = failure.kind === 'invalid' ? failure.violations.filter((violation) => !dateProblems.includes(violation)) : [failure];
  if (others.length > 0) {
    showError(failure.kind === 'invalid' ? describeFailure({ kind: 'invalid', violations: others }) : describeFailure(failure));
  }
}

function showError(text) {
  byId('almanac-error').replaceChildren(paragraph(text, 'section-error'));
}

function clearErrors() {
  byId('almanac-error').replaceChildren();
  byId('almanac-date-error').hidden = true;
  byId('almanac-date').removeAttribute('aria-invalid');
}

function shiftMonth(month, by) {
  const [year, number] = month.split('-').map((part) => Number.parseInt(part, 10));
  const shifted = new Date(Date.UTC(year, number - 1 + by, 1));
  return shifted.toISOString().slice(0, 7);
}

function previousDate(date) {
  const instant = new Date(`${date}T00:00:00Z`);
  instant.setUTCDate(instant.getUTCDate() - 1);
  return instant.toISOString().slice(0, 10);
}
