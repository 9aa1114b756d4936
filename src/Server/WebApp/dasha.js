// Dasha periods from POST /v1/dasha in the system chosen (Vimshottari first): the mahadasha, antardasha and
// pratyantardasha running today, a bar of the mahadashas across the life, and the list of mahadashas with their
// antardashas. Choosing another system recomputes for the birth last shown.

import { callApi } from './api.js';
import { heading, paragraph, svgElement } from './dom.js';
import { dateIn } from './format.js';

const LEVEL_NAMES = ['Mahadasha', 'Antardasha', 'Pratyantardasha'];
const BAR_WIDTH = 1200;
const BAR_HEIGHT = 36;

let shown = null;

document.getElementById('dasha-system')?.addEventListener('change', () => {
  if (shown) {
    showDasha(shown.birth, shown.zone);
  }
});

/** Computes and shows the periods; returns the failure, if any, for the caller to explain. */
export async function showDasha(birth, zone) {
  shown = { birth, zone };
  const body = document.getElementById('dasha-body');
  const choice = document.getElementById('dasha-system');
  const system = choice?.value ?? 'VIMSHOTTARI';
  document.getElementById('dasha-heading').textContent = `${choice?.selectedOptions[0]?.textContent ?? 'Vimshottari'} dasha`;
  body.replaceChildren(paragraph('Calculating the periods…'));
  try {
    const answer = await callApi('POST', '/v1/dasha', { ...birth, system, depth: 3, atDate: new Date().toISOString() });
    const mahadashas = answer.periods.filter((period) => period.level === 1);
    if (mahadashas.length === 0) {
      // The chart gives the system no start (Sthira dasha without Brahma): the answer says why.
      body.replaceChildren(paragraph(answer.applicability?.rule ?? 'This system has no periods for this chart.', 'hint'));
      return null;
    }
    body.replaceChildren(
      runningNow(answer.runningAt, zone),
      balanceAtBirth(answer),
      lifeBar(mahadashas),
      timeline(mahadashas, answer.periods.filter((period) => period.level === 2), zone),
    );
    return null;
  } catch (failure) {
    body.replaceChildren(paragraph('The periods could not be calculated.', 'section-error'));
    return failure;
  }
}

function runningNow(running, zone) {
  const list = document.createElement('dl');
  list.className = 'running-dasha';
  for (const period of running) {
    const term = document.createElement('dt');
    term.textContent = LEVEL_NAMES[period.level - 1] ?? `Level ${period.level}`;
    const description = document.createElement('dd');
    description.textContent = `${period.lord.name}, ${span(period, zone)}`;
    list.append(term, description);
  }
  const wrapper = document.createElement('div');
  wrapper.append(heading(3, 'Running today'), list);
  return wrapper;
}

function balanceAtBirth(answer) {
  const opening = answer.birthLord.sign === undefined
    ? `At birth the Moon was in ${answer.moonNakshatra}; ${answer.balanceYears.toFixed(2)} years of ${answer.birthLord.name}'s mahadasha remained.`
    : `The periods are signs; the first, ${answer.birthLord.name}, runs ${answer.balanceYears.toFixed(2)} years from birth.`;
  const condition = answer.applicability
    ? ` ${answer.applicability.applies ? 'This chart meets' : 'This chart does not meet'} the system's condition: ${answer.applicability.rule}`
    : '';
  return paragraph(opening + condition, 'hint');
}

/** The mahadashas to scale, today marked; a picture of the list below, so hidden from assistive technology. */
function lifeBar(mahadashas) {
  const first = Date.parse(mahadashas[0].start);
  const last = Date.parse(mahadashas.at(-1).end);
  const x = (instant) => ((Date.parse(instant) - first) / (last - first)) * BAR_WIDTH;
  const svg = svgElement('svg', { viewBox: `0 0 ${BAR_WIDTH} ${BAR_HEIGHT + 14}`, class: 'dasha-bar', 'aria-hidden': 'true' });
  for (const period of mahadashas) {
    const left = x(period.start);
    const width = x(period.end) - left;
    svg.append(svgElement('rect', { x: left, y: 0, width, height: BAR_HEIGHT, class: lordClass(period.lord) }));
    if (width > 40) {
      const label = svgElement('text', { x: left + (width / 2), y: (BAR_HEIGHT / 2) + 6, 'text-anchor': 'middle' });
      label.textContent = period.lord.name.slice(0, 2);
      svg.append(label);
    }
  }
  const now = Date.now();
  if (now > first && now < last) {
    const position = ((now - first) / (last - first)) * BAR_WIDTH;
    svg.append(svgElement('line', { x1: position, x2: position, y1: 0, y2: BAR_HEIGHT + 12, class: 'now-marker' }));
  }
  return svg;
}

/** A graha's colour, or for a sign the colour of its element (fire, earth, air, water in turn from Aries). */
const lordClass = (lord) => (lord.sign === undefined ? `lord-${lord.planet.toLowerCase()}` : `sign-${['fire', 'earth', 'air', 'water'][lord.sign % 4]}`);

function timeline(mahadashas, antardashas, zone) {
  const list = document.createElement('ol');
  list.className = 'dasha-timeline';
  for (const mahadasha of mahadashas) {
    const item = document.createElement('li');
    const details = document.createElement('details');
    const summary = document.createElement('summary');
    summary.textContent = `${mahadasha.lord.name} mahadasha, ${span(mahadasha, zone)}`;
    const isRunning = runsNow(mahadasha);
    details.open = isRunning;
    if (isRunning) {
      summary.append(nowBadge());
    }
    const inner = document.createElement('ol');
    const mine = antardashas.filter((period) => within(period, mahadasha));
    for (const antardasha of mine) {
      const entry = document.createElement('li');
      entry.textContent = `${mahadasha.lord.name}–${antardasha.lord.name}, ${span(antardasha, zone)}`;
      if (runsNow(antardasha)) {
        entry.className = 'running';
        entry.append(nowBadge());
      }
      inner.append(entry);
    }
    details.append(summary, inner);
    item.append(details);
    list.append(item);
  }
  const wrapper = document.createElement('div');
  wrapper.append(heading(3, 'Mahadashas and antardashas'), list);
  return wrapper;
}

// Instants are compared as milliseconds, with a second's slack: the API writes sub-microsecond digits, and a period's
// boundary may differ from its parent's in the last of them.
const SLACK_MS = 1000;
const within = (inner, outer) => Date.parse(inner.start) >= Date.parse(outer.start) - SLACK_MS
  && Date.parse(inner.end) <= Date.parse(outer.end) + SLACK_MS;
const runsNow = (period) => Date.parse(period.start) <= Date.now() && Date.now() < Date.parse(period.end);

const span = (period, zone) => `${dateIn(period.start, zone)} – ${dateIn(period.end, zone)}`;

function nowBadge() {
  const badge = document.createElement('strong');
  badge.className = 'now-badge';
  badge.textContent = ' now';
  return badge;
}
