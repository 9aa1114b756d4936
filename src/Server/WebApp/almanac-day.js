// One day at a place, sunrise to the next sunrise (POST /v1/muhurta and /v1/panchang): horas, choghadiyas, gowri and
// the single windows as a timeline and as tables, the periods in force now marked in both.

import { callApi } from './api.js';
import { captionedTable, heading, paragraph, scrollRegion } from './dom.js';
import { momentIn, titleCase } from './format.js';
import { drawTimeline, markNow } from './timeline.js';

const QUALITY_TEXT = Object.freeze({ GOOD: '✓ Good', BAD: '✗ Bad', NEUTRAL: '○ Neutral' });
const NOW_REFRESH_MS = 30_000;

let refresh = null;
// Answers to an earlier choice that arrive after a later one are dropped.
let generation = 0;

/** Computes and shows the day; returns {failure} or {sunrise} (the day's, for a caller choosing the day in force). */
export async function showDay(request) {
  const body = document.getElementById('almanac-day');
  const mine = ++generation;
  clearInterval(refresh);
  body.replaceChildren(paragraph(`Calculating ${request.date}…`));
  try {
    const [muhurta, panchang] = await Promise.all([
      callApi('POST', '/v1/muhurta', request),
      callApi('POST', '/v1/panchang', request),
    ]);
    if (mine !== generation) {
      return {};
    }
    const day = { date: request.date, zone: muhurta.timeZone, span: { start: muhurta.sunrise, end: muhurta.nextSunrise } };
    const windows = singleWindows(muhurta, panchang, day.span);
    const timeline = scrollRegion(drawTimeline(timelineRows(muhurta, windows), day.span, day.zone), 'Timeline of the day');
    const now = paragraph('', 'almanac-now');
    now.id = 'almanac-now';
    body.replaceChildren(
      heading(3, `${panchang.vaara}, ${request.date}`),
      paragraph(dayLine(muhurta, panchang, day), 'hint'),
      now,
      timeline,
      section('Windows of the day', windowTable(windows, day), true),
      section('Horas', horaTable(muhurta.horas, day), false),
      section('Choghadiyas', qualityTable('almanac-choghadiyas', 'Choghadiya', muhurta.choghadiyas, day, true), false),
      section('Gowri (by day)', qualityTable('almanac-gowri', 'Gowri', muhurta.gowri, day, false), false),
    );
    const update = () => describeNow(now, markNow(body, Date.now()), day);
    update();
    refresh = setInterval(update, NOW_REFRESH_MS);
    return { sunrise: muhurta.sunrise };
  } catch (failure) {
    if (mine !== generation) {
      return {};
    }
    body.replaceChildren(paragraph('The day could not be calculated.', 'section-error'));
    return { failure };
  }
}

function dayLine(muhurta, panchang, day) {
  const at = (instant) => momentIn(instant, day.zone, day.date);
  return `Times in ${day.zone}. Sunrise ${at(muhurta.sunrise)}, sunset ${at(muhurta.sunset)}, next sunrise ${at(muhurta.nextSunrise)}. `
    + `At sunrise: ${panchang.tithi.name} (${panchang.paksha}), ${panchang.nakshatra.name}.`;
}

/** Rahu kalam … nishita, each {kind, name, quality, start, end}, in time order; varjyam and amrita kalam of the day only. */
function singleWindows(muhurta, panchang, span) {
  const one = (kind, window, quality) => (window?.start && window?.end ? [{ kind, name: kind, quality, ...window }] : []);
  const overlaps = (window) => Date.parse(window.start) < Date.parse(span.end) && Date.parse(window.end) > Date.parse(span.start);
  const fromNakshatras = muhurta.nakshatras.flatMap((entry) => [
    ...(entry.varjyam ?? []).map((window) => ({ kind: 'Varjyam', name: `Varjyam (${entry.nakshatra.name})`, quality: 'BAD', ...window })),
    ...one('Amrita kalam', entry.amritaKalam, 'GOOD').map((window) => ({ ...window, name: `Amrita kalam (${entry.nakshatra.name})` })),
  ]).filter(overlaps);
  return [
    ...one('Rahu kalam', panchang.rahuKalam, 'BAD'),
    ...one('Yamaganda', panchang.yamaganda, 'BAD'),
    ...one('Gulika kalam', panchang.gulikaKalam, 'BAD'),
    ...one('Abhijit', panchang.abhijitMuhurta, 'GOOD'),
    ...(muhurta.durmuhurtas ?? []).map((window) => ({ ...window, kind: 'Durmuhurta', name: 'Durmuhurta', quality: 'BAD' })),
    ...fromNakshatras,
    ...one('Brahma muhurta', muhurta.brahmaMuhurta, 'GOOD'),
    ...one('Godhuli', muhurta.godhuli, 'GOOD'),
    ...one('Vijaya', muhurta.vijaya, 'GOOD'),
    ...one('Nishita', muhurta.nishita, 'NEUTRAL'),
  ].sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
}

const WINDOW_ROWS = ['Rahu kalam', 'Yamaganda', 'Gulika kalam', 'Abhijit', 'Durmuhurta', 'Varjyam', 'Amrita kalam',
  'Brahma muhurta', 'Godhuli', 'Vijaya', 'Nishita'];

function timelineRows(muhurta, windows) {
  return [
    { label: 'Hora', periods: muhurta.horas.map((hora) => ({ ...hora, short: titleCase(hora.lord).slice(0, 2), quality: null })) },
    { label: 'Choghadiya', periods: muhurta.choghadiyas.map((period) => ({ ...period, short: titleCase(period.name) })) },
    { label: 'Gowri', periods: muhurta.gowri.map((period) => ({ ...period, short: titleCase(period.name) })) },
    ...WINDOW_ROWS.map((kind) => ({ label: kind, periods: windows.filter((window) => window.kind === kind).map((window) => ({ ...window, name: '' })) })),
  ];
}

function section(title, table, open) {
  const details = document.createElement('details');
  details.className = 'almanac-table';
  details.open = open;
  const summary = document.createElement('summary');
  summary.textContent = title;
  details.append(summary, scrollRegion(table, title));
  return details;
}

/** A row for a period: its cells as text, its instants kept for marking it when it runs. */
function periodRow(period, texts, nowText, day) {
  const row = document.createElement('tr');
  row.dataset.start = period.start;
  row.dataset.end = period.end;
  row.dataset.nowText = nowText;
  for (const text of [...texts, momentIn(period.start, day.zone, day.date), momentIn(period.end, day.zone, day.date)]) {
    const cell = document.createElement('td');
    cell.textContent = text;
    row.append(cell);
  }
  return row;
}

function windowTable(windows, day) {
  return captionedTable('almanac-windows', 'Windows of the day', ['Window', 'Quality', 'Start', 'End'], windows.map((window) => {
    const row = periodRow(window, [window.name, QUALITY_TEXT[window.quality]], `${window.name} (${QUALITY_TEXT[window.quality].slice(2).toLowerCase()})`, day);
    row.dataset.kind = window.kind;
    row.classList.add(`quality-${window.quality.toLowerCase()}`);
    return row;
  }));
}

function horaTable(horas, day) {
  return captionedTable('almanac-horas', 'Horas', ['Hora', 'Lord', 'Part', 'Start', 'End'], horas.map((hora) => {
    const row = periodRow(hora, [String(hora.number), titleCase(hora.lord), titleCase(hora.part)], `hora of ${titleCase(hora.lord)}`, day);
    row.dataset.lord = hora.lord;
    return row;
  }));
}

function qualityTable(id, kind, periods, day, withPart) {
  const titles = ['Part', 'Name', 'Quality', 'Start', 'End'].filter((title) => withPart || title !== 'Part');
  return captionedTable(id, `${kind}s`, titles, periods.map((period) => {
    const quality = QUALITY_TEXT[period.quality] ?? period.quality;
    const texts = [`${titleCase(period.part)} ${period.number}`, titleCase(period.name), quality].slice(withPart ? 0 : 1);
    const row = periodRow(period, texts, `${titleCase(period.name)} ${kind.toLowerCase()} (${quality.slice(2).toLowerCase()})`, day);
    row.dataset.name = period.name;
    row.classList.add(`quality-${period.quality.toLowerCase()}`);
    return row;
  }));
}

function describeNow(element, marked, day) {
  if (marked.length === 0) {
    element.hidden = true;
    element.textContent = '';
    return;
  }
  element.hidden = false;
  const at = momentIn(new Date().toISOString(), day.zone, day.date);
  element.textContent = `Now, ${at}: ${marked.map((row) => row.dataset.nowText).join('; ')}.`;
}
