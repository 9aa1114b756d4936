// Small element builders shared by the sections that draw API answers (always as text, never as markup).

export function paragraph(text, className) {
  const element = document.createElement('p');
  element.textContent = text;
  if (className) {
    element.className = className;
  }
  return element;
}

export function heading(level, text) {
  const element = document.createElement(`h${level}`);
  element.textContent = text;
  return element;
}

export function button(text, onClick) {
  const element = document.createElement('button');
  element.type = 'button';
  element.textContent = text;
  element.addEventListener('click', onClick);
  return element;
}

const SVG_NAMESPACE = 'http://www.w3.org/2000/svg';

/** An SVG element with its attributes: presentation attributes only, since the page's policy allows no inline style. */
export function svgElement(name, attributes) {
  const element = document.createElementNS(SVG_NAMESPACE, name);
  for (const [attribute, value] of Object.entries(attributes)) {
    element.setAttribute(attribute, String(value));
  }
  return element;
}

/** A table head of column headers, one per title. */
export function columnHeads(titles) {
  const head = document.createElement('thead');
  const row = document.createElement('tr');
  for (const title of titles) {
    const cell = document.createElement('th');
    cell.scope = 'col';
    cell.textContent = title;
    row.append(cell);
  }
  head.append(row);
  return head;
}

/** A region that scrolls sideways on narrow screens, focusable so keyboards can scroll it. */
export function scrollRegion(content, label) {
  const region = document.createElement('div');
  region.className = 'table-scroll';
  region.tabIndex = 0;
  region.setAttribute('role', 'region');
  region.setAttribute('aria-label', `${label} (scrolls sideways)`);
  region.append(content);
  return region;
}

/** A table of <rows> under column headers, its caption for assistive technology only. */
export function captionedTable(id, caption, titles, rows) {
  const table = document.createElement('table');
  table.id = id;
  const title = document.createElement('caption');
  title.className = 'visually-hidden';
  title.textContent = caption;
  const body = document.createElement('tbody');
  body.append(...rows);
  table.append(title, columnHeads(titles), body);
  return table;
}
