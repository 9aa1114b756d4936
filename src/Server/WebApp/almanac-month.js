// A month's calendar at a place from one POST /v1/panchang:stream: each day's tithi (with paksha) and nakshatra at
// sunrise, its sunrise, kshaya tithis and purnima / amavasya marked; choosing a day hands its date to the caller.

import { callApiLines } from './api.js';
import { paragraph, scrollRegion } from './dom.js';
import { timeIn, todayIn } from './format.js';

const WEEKDAYS = [['Sun', 'Sunday'], ['Mon', 'Monday'], ['Tue', 'Tuesday'], ['Wed', 'Wednesday'], ['Thu', 'Thursday'],
  ['Fri', 'Friday'], ['Sat', 'Saturday']];
const PURNIMA = 15;
const AMAVASYA = 30;

// Answers to an earlier month that arrive after a later one is asked for are dropped.
let generation = 0;

/** Computes and shows <month> ("2024-05") for <request>'s place; returns the failure, if any, for the caller to explain. */
export async function showMonth(request, month, onChoose) {
  const body = document.getElementById('almanac-month');
  const [year, number] = month.split('-').map((part) => Number.parseInt(part, 10));
  const length = new Date(Date.UTC(year, number, 0)).getUTCDate();
  const title = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(year, number - 1, 1)));
  body.replaceChildren(paragraph(`Calculating ${title}…`));
  const mine = ++generation;
  try {
    const days = await callApiLines('/v1/panchang:stream', { ...request, date: `${month}-01`, endDate: `${month}-${pad(length)}` });
    if (mine !== generation) {
      return null;
    }
    const firstWeekday = new Date(Date.UTC(year, number - 1, 1)).getUTCDay();
    const scroll = scrollRegion(grid(title, days, firstWeekday, onChoose), title);
    body.replaceChildren(paragraph(`Tithi and nakshatra at sunrise; times in ${days[0]?.timeZone ?? 'the place’s zone'}.`, 'hint'), scroll);
    return null;
  } catch (failure) {
    if (mine !== generation) {
      return null;
    }
    body.replaceChildren(paragraph(`${title} could not be calculated.`, 'section-error'));
    return failure;
  }
}

function grid(title, days, firstWeekday, onChoose) {
  const table = document.createElement('table');
  table.id = 'almanac-calendar';
  table.className = 'month-grid';
  const caption = document.createElement('caption');
  caption.textContent = title;
  const head = document.createElement('thead');
  const names = document.createElement('tr');
  for (const [short, long] of WEEKDAYS) {
    const cell = document.createElement('th');
    cell.scope = 'col';
    const abbreviation = document.createElement('abbr');
    abbreviation.title = long;
    abbreviation.textContent = short;
    cell.append(abbreviation);
    names.append(cell);
  }
  head.append(names);
  const body = document.createElement('tbody');
  // Empty cells before the first and after the last day keep every week seven columns wide.
  const cells = [...Array(firstWeekday).fill(null), ...days];
  cells.push(...Array((7 - (cells.length % 7)) % 7).fill(null));
  for (let week = 0; week < cells.length; week += 7) {
    const row = document.createElement('tr');
    for (const day of cells.slice(week, week + 7)) {
      row.append(day ? dayCell(day, onChoose) : document.createElement('td'));
    }
    body.append(row);
  }
  table.append(caption, head, body);
  return table;
}

function dayCell(day, onChoose) {
  const cell = document.createElement('td');
  cell.dataset.date = day.date;
  const choose = document.createElement('button');
  choose.type = 'button';
  choose.className = 'month-day';
  if (day.date === todayIn(day.timeZone)) {
    choose.setAttribute('aria-current', 'date');
  }
  const kshaya = kshayaTithis(day);
  const marks = [
    ...[day.tithi, ...kshaya].filter((tithi) => tithi.number === PURNIMA).map(() => '○ Purnima'),
    ...[day.tithi, ...kshaya].filter((tithi) => tithi.number === AMAVASYA).map(() => '● Amavasya'),
    ...kshaya.map((tithi) => `Kshaya: ${tithi.name}`),
  ];
  choose.append(
    line(String(Number.parseInt(day.date.slice(8), 10)), 'day-number'),
    line(`${day.tithi.name}, ${day.paksha}`, 'day-tithi'),
    line(day.nakshatra.name, 'day-nakshatra'),
    line(day.sunrise ? `Sunrise ${timeIn(day.sunrise, day.timeZone)}` : 'No sunrise', 'day-sunrise'),
    ...marks.map((mark) => line(mark, 'day-mark')),
  );
  if (kshaya.length > 0) {
    cell.dataset.kshaya = kshaya.map((tithi) => tithi.name).join(' ');
  }
  cell.classList.toggle('purnima', marks.some((mark) => mark.endsWith('Purnima')));
  cell.classList.toggle('amavasya', marks.some((mark) => mark.endsWith('Amavasya')));
  choose.addEventListener('click', () => onChoose(day.date));
  cell.append(choose);
  return cell;
}

/** The tithis that begin and end within the day (sunrise to the next sunrise): no sunrise falls in them. */
function kshayaTithis(day) {
  const span = day.day?.span;
  if (!span) {
    return [];
  }
  const from = Date.parse(span.start);
  const to = Date.parse(span.end);
  return (day.day.tithis ?? []).filter((tithi) => Date.parse(tithi.start) >= from && Date.parse(tithi.end) <= to);
}

function line(text, className) {
  const span = document.createElement('span');
  span.className = className;
  span.textContent = text;
  return span;
}

const pad = (number) => String(number).padStart(2, '0');
