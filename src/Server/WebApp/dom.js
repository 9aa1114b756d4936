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
