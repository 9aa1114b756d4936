// A day's periods to scale from sunrise to the next sunrise, one row per kind, and the marking of what runs now. The
// picture repeats the tables beside it, so it is hidden from assistive technology; quality shows as a pattern (bad is
// hatched, good solid, neutral outlined) and not by colour alone.

import { svgElement } from './dom.js';
import { knownZone, timeIn } from './format.js';

const WIDTH = 1200;
const LABEL_WIDTH = 150;
const ROW_HEIGHT = 28;
const AXIS_HEIGHT = 24;
const HOUR_MS = 3_600_000;
// Roughly the width of one character of the 13-unit labels: a name is written in its bar only where it fits.
const CHARACTER_WIDTH = 7.5;

/**
 * The timeline of <rows> ({label, periods: [{start, end, name, quality}]}) over <span> ({start, end}); times on its
 * axis are local to <zone>. Each bar carries its period's start and end, for {@link markNow}.
 */
export function drawTimeline(rows, span, zone) {
  const from = Date.parse(span.start);
  const to = Date.parse(span.end);
  const x = (instant) => LABEL_WIDTH + (((Math.min(Math.max(instant, from), to) - from) / (to - from)) * (WIDTH - LABEL_WIDTH));
  const height = AXIS_HEIGHT + (rows.length * ROW_HEIGHT);
  const svg = svgElement('svg', {
    viewBox: `0 0 ${WIDTH} ${height}`, class: 'day-timeline', 'aria-hidden': 'true', focusable: 'false',
    'data-from': from, 'data-to': to,
  });
  svg.append(hatching());
  for (const [index, tick] of hourTicks(from, to, zone).entries()) {
    svg.append(svgElement('line', { x1: x(tick), x2: x(tick), y1: AXIS_HEIGHT - 6, y2: height, class: 'hour-line' }));
    if (index % 3 === 0) {
      const label = svgElement('text', { x: x(tick), y: AXIS_HEIGHT - 9, 'text-anchor': 'middle', class: 'axis-label' });
      label.textContent = timeIn(new Date(tick).toISOString(), zone);
      svg.append(label);
    }
  }
  rows.forEach((row, index) => {
    const top = AXIS_HEIGHT + (index * ROW_HEIGHT);
    const name = svgElement('text', { x: 4, y: top + (ROW_HEIGHT / 2) + 5, class: 'row-label' });
    name.textContent = row.label;
    svg.append(name);
    for (const period of row.periods) {
      svg.append(...bar(period, x, top));
    }
  });
  svg.append(svgElement('line', { x1: 0, x2: 0, y1: 0, y2: height, class: 'now-marker', visibility: 'hidden' }));
  return svg;
}

function bar(period, x, top) {
  const left = x(Date.parse(period.start));
  const width = x(Date.parse(period.end)) - left;
  if (width <= 0) {
    return [];
  }
  const rect = svgElement('rect', {
    x: left, y: top + 3, width, height: ROW_HEIGHT - 6,
    class: `period quality-${(period.quality ?? 'none').toLowerCase()}`,
    'data-start': period.start, 'data-end': period.end,
  });
  const text = period.short ?? period.name;
  if (!text || text.length * CHARACTER_WIDTH > width - 4) {
    return [rect];
  }
  const label = svgElement('text', { x: left + (width / 2), y: top + (ROW_HEIGHT / 2) + 5, 'text-anchor': 'middle', class: 'period-label' });
  label.textContent = text;
  return [rect, label];
}

// Bad periods hatched over their fill: the difference survives greyscale and colour blindness.
function hatching() {
  const definitions = svgElement('defs', {});
  const pattern = svgElement('pattern', {
    id: 'timeline-hatch', width: 8, height: 8, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)',
  });
  pattern.append(
    svgElement('rect', { width: 8, height: 8, class: 'hatch-ground' }),
    svgElement('line', { x1: 0, y1: 0, x2: 0, y2: 8, class: 'hatch-line' }),
  );
  definitions.append(pattern);
  return definitions;
}

/** The instants of the whole local hours in (from, to): DST days may shift a tick, never a label. */
function hourTicks(from, to, zone) {
  const parts = new Intl.DateTimeFormat('en-GB', {
    minute: 'numeric', second: 'numeric', timeZone: knownZone(zone),
  }).formatToParts(new Date(from));
  const part = (type) => Number.parseInt(parts.find((item) => item.type === type)?.value ?? '0', 10);
  const intoHour = (((part('minute') * 60) + part('second')) * 1000) + (from % 1000);
  const ticks = [];
  for (let tick = from - intoHour + HOUR_MS; tick < to; tick += HOUR_MS) {
    ticks.push(tick);
  }
  return ticks;
}

const runsAt = (element, now) => Date.parse(element.dataset.start) <= now && now < Date.parse(element.dataset.end);

/**
 * Marks, inside <root>, every element with a period (data-start, data-end) that runs at <now>: the class "current", and
 * aria-current on table rows; moves the timeline's line to <now>, or hides it when the day shown does not contain it.
 * Returns the rows marked.
 */
export function markNow(root, now) {
  const marked = [];
  for (const element of root.querySelectorAll('[data-start][data-end]')) {
    const current = runsAt(element, now);
    element.classList.toggle('current', current);
    if (element.tagName === 'TR') {
      if (current) {
        element.setAttribute('aria-current', 'time');
        marked.push(element);
      } else {
        element.removeAttribute('aria-current');
      }
    }
  }
  const svg = root.querySelector('svg.day-timeline');
  const line = svg?.querySelector('.now-marker');
  if (line) {
    const from = Number(svg.dataset.from);
    const to = Number(svg.dataset.to);
    const inside = now >= from && now < to;
    const position = inside ? LABEL_WIDTH + (((now - from) / (to - from)) * (WIDTH - LABEL_WIDTH)) : 0;
    line.setAttribute('x1', String(position));
    line.setAttribute('x2', String(position));
    line.setAttribute('visibility', inside ? 'visible' : 'hidden');
  }
  return marked;
}
