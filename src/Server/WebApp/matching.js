// Kundli matching (POST /v1/match): each partner is a Moon star chosen from the 108 nakshatra-padas or the birth chart
// shown above; the answer is every koota with what it compared, the total, and the doshas with their exceptions.

import { callApi, describeFailure } from './api.js';
import { paragraph } from './dom.js';
import { titleCase } from './format.js';
import { current } from './state.js';

const NAKSHATRAS = [
  'Ashwini', 'Bharani', 'Krittika', 'Rohini', 'Mrigashira', 'Ardra', 'Punarvasu', 'Pushya', 'Ashlesha', 'Magha',
  'Purva Phalguni', 'Uttara Phalguni', 'Hasta', 'Chitra', 'Swati', 'Vishakha', 'Anuradha', 'Jyeshtha', 'Mula',
  'Purva Ashadha', 'Uttara Ashadha', 'Shravana', 'Dhanishta', 'Shatabhisha', 'Purva Bhadrapada', 'Uttara Bhadrapada',
  'Revati',
];

/** Fills the partner lists and handles the form; call once. */
export function setUpMatching() {
  for (const id of ['match-bride', 'match-groom']) {
    const select = document.getElementById(id);
    select.append(option('chart', 'The birth chart above'));
    NAKSHATRAS.forEach((name, index) => {
      for (let pada = 1; pada <= 4; pada += 1) {
        select.append(option(`${index + 1}-${pada}`, `${name}, pada ${pada}`));
      }
    });
    select.value = id === 'match-bride' ? '2-1' : '1-1';
  }
  allowChartPartner(false);
  document.getElementById('match-form').addEventListener('submit', (event) => {
    event.preventDefault();
    match();
  });
}

/** Offers "the birth chart above" as a partner only while a chart is shown. */
export function allowChartPartner(allowed) {
  for (const id of ['match-bride', 'match-groom']) {
    const select = document.getElementById(id);
    select.querySelector('option[value="chart"]').disabled = !allowed;
    if (!allowed && select.value === 'chart') {
      select.value = id === 'match-bride' ? '2-1' : '1-1';
    }
  }
}

function option(value, text) {
  const item = document.createElement('option');
  item.value = value;
  item.textContent = text;
  return item;
}

function partner(id) {
  const value = document.getElementById(id).value;
  if (value === 'chart') {
    return { birth: current.birth };
  }
  const [nakshatra, pada] = value.split('-').map((part) => Number.parseInt(part, 10));
  return { moonStar: { nakshatra, pada } };
}

async function match() {
  const body = document.getElementById('matching-body');
  const button = document.getElementById('match-submit');
  body.replaceChildren(paragraph('Matching…'));
  button.disabled = true;
  try {
    const answer = await callApi('POST', '/v1/match', {
      bride: partner('match-bride'),
      groom: partner('match-groom'),
      method: document.getElementById('match-method').value,
    });
    body.replaceChildren(...result(answer));
  } catch (failure) {
    body.replaceChildren(paragraph(`The match could not be computed. ${describeFailure(failure)}`, 'section-error'));
  } finally {
    button.disabled = false;
  }
}

function result(answer) {
  const stars = paragraph(`Bride: ${star(answer.brideStar)}. Groom: ${star(answer.groomStar)}.`, 'hint');
  const total = paragraph(`${answer.totalPoints} of ${answer.maxPoints} points`);
  total.id = 'match-total';
  total.className = 'match-total';
  const parts = [stars, total, table(answer)];
  if ((answer.doshas ?? []).length > 0) {
    parts.push(doshas(answer.doshas));
  }
  parts.push(manglik(answer.manglik ?? {}));
  return parts;
}

/** Each partner's Manglik as the API reads it: the references Mars counts from, with the exceptions named. */
function manglik(reading) {
  const items = document.createElement('ul');
  items.className = 'match-doshas';
  for (const [role, dosha] of [['Bride', reading.bride], ['Groom', reading.groom]]) {
    const item = document.createElement('li');
    item.dataset.manglik = role.toLowerCase();
    const name = document.createElement('strong');
    name.textContent = `${role}'s Manglik`;
    item.append(name, ` — ${manglikText(dosha)}`);
    items.append(item);
  }
  if (reading.mutualCancellation) {
    const item = document.createElement('li');
    item.dataset.manglik = 'mutual';
    item.textContent = 'Both partners have Manglik dosha: held to cancel each other (dosha samya).';
    items.append(item);
  }
  return items;
}

function manglikText(dosha) {
  if (!dosha) {
    return 'not read (a Moon star alone has no Mars)';
  }
  const present = dosha.placements.filter((from) => from.present);
  if (present.length === 0) {
    return 'not present';
  }
  return present.map((from) => {
    const exceptions = from.exceptions.map((rule) => titleCase(rule.name)).join(', ');
    return `Mars in house ${from.house} from the ${from.reference.toLowerCase()}${exceptions ? ` (exceptions: ${exceptions})` : ''}`;
  }).join('; ');
}

function star(moon) {
  return `${moon.nakshatraName}, pada ${moon.pada}`;
}

function table(answer) {
  const grid = document.createElement('table');
  grid.className = 'match-table';
  const caption = document.createElement('caption');
  caption.textContent = answer.method === 'SOUTH_PORUTHAM' ? 'The ten poruthams' : 'The eight kootas';
  const head = document.createElement('thead');
  head.append(row('th', ['Koota', 'Bride', 'Groom', 'Points'], 'col'));
  const rows = document.createElement('tbody');
  for (const koota of answer.kootas) {
    const line = row('td', [titleCase(koota.name), koota.bride, koota.groom, `${koota.points} / ${koota.maxPoints}`]);
    line.dataset.koota = koota.name;
    rows.append(line);
  }
  grid.append(caption, head, rows);
  return grid;
}

function row(cell, texts, scope) {
  const line = document.createElement('tr');
  for (const text of texts) {
    const item = document.createElement(cell);
    if (scope) {
      item.scope = scope;
    }
    item.textContent = text;
    line.append(item);
  }
  return line;
}

function doshas(found) {
  const items = document.createElement('ul');
  items.className = 'match-doshas';
  for (const dosha of found) {
    const item = document.createElement('li');
    item.dataset.dosha = dosha.kind;
    const name = document.createElement('strong');
    name.textContent = `${titleCase(dosha.kind)} dosha`;
    const exceptions = (dosha.exceptions ?? []).map((exception) => exception.description).join('; ');
    item.append(name, exceptions ? ` — exceptions that apply: ${exceptions}` : ' — no exception applies');
    items.append(item);
  }
  return items;
}
