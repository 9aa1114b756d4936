// The Tajaka annual chart for a year of life (POST /v1/varshaphal) of the birth shown: its pravesha in the birth zone,
// muntha, year lord with the candidates, and the mudda dasha. The server judges the year; its refusal is shown beside
// the field.

import { callApi, describeFailure } from './api.js';
import { captionedTable, heading, paragraph, scrollRegion } from './dom.js';
import { SIGN_NAMES, dateIn, timeIn, titleCase } from './format.js';
import { current } from './state.js';

const byId = (id) => document.getElementById(id);

/** Wires the year form; call once. */
export function setUpVarshaphal() {
  byId('varshaphal-form').addEventListener('submit', (event) => {
    event.preventDefault();
    compute();
  });
}

/** For a newly shown birth: offers the year of life running today, and forgets the last year's answer. */
export function prepareVarshaphal(birth) {
  const [year, month, day] = birth.datetime.slice(0, 10).split('-').map((part) => Number.parseInt(part, 10));
  const today = new Date();
  const beforeBirthday = today.getMonth() + 1 < month || (today.getMonth() + 1 === month && today.getDate() < day);
  byId('varshaphal-year').value = String(Math.max(1, today.getFullYear() - year - (beforeBirthday ? 1 : 0) + 1));
  byId('varshaphal-body').replaceChildren();
  clearError();
}

async function compute() {
  clearError();
  const text = byId('varshaphal-year').value.trim();
  if (!/^-?\d+$/.test(text)) {
    showError('Enter the year of life as a whole number (1 is the year of birth).');
    return;
  }
  const body = byId('varshaphal-body');
  const button = byId('varshaphal-submit');
  body.replaceChildren(paragraph('Casting the annual chart…'));
  button.disabled = true;
  try {
    const answer = await callApi('POST', '/v1/varshaphal', { birth: current.birth, year: Number.parseInt(text, 10) });
    body.replaceChildren(...result(answer));
  } catch (failure) {
    const own = failure.kind === 'invalid' ? failure.violations.filter((violation) => ['year', 'completedYears'].includes(violation.field)) : [];
    if (own.length > 0) {
      showError(own.map((violation) => violation.description).join(' '));
      body.replaceChildren();
    } else {
      body.replaceChildren(paragraph(`The annual chart could not be cast. ${describeFailure(failure)}`, 'section-error'));
    }
  } finally {
    button.disabled = false;
  }
}

function showError(text) {
  const message = byId('varshaphal-year-error');
  message.textContent = text;
  message.hidden = false;
  byId('varshaphal-year').setAttribute('aria-invalid', 'true');
  byId('varshaphal-year').focus();
}

function clearError() {
  byId('varshaphal-year-error').hidden = true;
  byId('varshaphal-year-error').textContent = '';
  byId('varshaphal-year').removeAttribute('aria-invalid');
}

function result(answer) {
  const time = answer.chart.metadata.time;
  const zone = time.timeZone;
  const terms = document.createElement('dl');
  terms.className = 'panchang-terms';
  terms.id = 'varshaphal-terms';
  const candidates = answer.yearLordCandidates.map((candidate) => titleCase(candidate.planet)).join(', ');
  for (const [key, term, description] of [
    ['year', 'Year of life', `${answer.year} (${answer.completedYears} completed)`],
    ['pravesha', 'Pravesha', `${time.localDatetime.replace('T', ' ')} ${zone}${answer.daytime ? ', by day' : ', by night'}`],
    ['until', 'Runs until', `${dateIn(answer.nextSolarReturn, zone)} ${timeIn(answer.nextSolarReturn, zone)}`],
    ['lagna', 'Annual lagna', answer.chart.ascendant.sign],
    ['muntha', 'Muntha', SIGN_NAMES[answer.munthaSign]],
    ['year-lord', 'Year lord', `${titleCase(answer.yearLord)} (candidates: ${candidates})`],
  ]) {
    const dt = document.createElement('dt');
    dt.textContent = term;
    const dd = document.createElement('dd');
    dd.dataset.term = key;
    dd.textContent = description;
    terms.append(dt, dd);
  }
  return [
    terms,
    heading(3, 'Year lord candidates'),
    scrollRegion(candidateTable(answer.yearLordCandidates), 'Year lord candidates'),
    heading(3, 'Mudda dasha'),
    scrollRegion(muddaTable('varshaphal-mudda', 'Mudda dasha periods', answer.muddaDasha.filter((period) => period.level === 1), zone),
      'Mudda dasha periods'),
    antardashas(answer.muddaDasha.filter((period) => period.level === 2), zone),
  ];
}

function candidateTable(candidates) {
  return captionedTable('varshaphal-candidates', 'Year lord candidates', ['Graha', 'Roles', 'Aspect on the lagna', 'Bala'],
    candidates.map((candidate) => {
      const row = cells([titleCase(candidate.planet), candidate.roles.map(titleCase).join(', '),
        titleCase(candidate.aspectOnLagna ?? 'NONE'), candidate.bala.toFixed(2)]);
      row.dataset.planet = candidate.planet;
      return row;
    }));
}

/** The antardashas, folded: nine in each mahadasha would bury the rest of the page. */
function antardashas(periods, zone) {
  const details = document.createElement('details');
  details.className = 'almanac-table';
  const summary = document.createElement('summary');
  summary.textContent = 'Antardashas';
  details.append(summary, scrollRegion(muddaTable('varshaphal-antardashas', 'Mudda dasha antardashas', periods, zone), 'Antardashas'));
  return details;
}

/** Periods with their spans in the birth zone, the ones running now marked. */
function muddaTable(id, caption, periods, zone) {
  const at = (instant) => `${dateIn(instant, zone)} ${timeIn(instant, zone)}`;
  return captionedTable(id, caption, ['Period', 'Start', 'End', 'Days'], periods.map((period) => {
    const name = period.level === 1 ? period.lord.name : `${period.parents.at(-1)?.name ?? ''}–${period.lord.name}`;
    const row = cells([name, at(period.start), at(period.end), period.durationDays.toFixed(1)]);
    row.dataset.level = String(period.level);
    row.dataset.start = period.start;
    if (Date.parse(period.start) <= Date.now() && Date.now() < Date.parse(period.end)) {
      row.setAttribute('aria-current', 'time');
      row.classList.add('current');
    }
    return row;
  }));
}

function cells(texts) {
  const row = document.createElement('tr');
  for (const text of texts) {
    const cell = document.createElement('td');
    cell.textContent = text;
    row.append(cell);
  }
  return row;
}
