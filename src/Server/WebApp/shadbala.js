// The shadbala of the birth chart (POST /v1/shadbala): each graha's strength in rupas against BPHS's minimum for it,
// drawn as a bar whose mark is that minimum.

import { callApi } from './api.js';
import { columnHeads, paragraph, svgElement } from './dom.js';
import { titleCase } from './format.js';

/** The bars run to twice the minimum; a stronger graha fills its bar. */
const BAR_RATIO_SPAN = 2;

/** Computes and shows the bars; returns the failure, if any, for the caller to explain. */
export async function showShadbala(birth) {
  const body = document.getElementById('shadbala-body');
  body.replaceChildren(paragraph('Weighing the grahas…'));
  try {
    const answer = await callApi('POST', '/v1/shadbala', { birth });
    const notes = (answer.wars ?? []).map((war) => paragraph(
      `${titleCase(war.victor)} defeats ${titleCase(war.vanquished)} in a planetary war `
        + `(${war.separationDegrees.toFixed(2)}° apart; yuddha bala ±${war.virupas.toFixed(2)} virupas).`, 'hint'));
    body.replaceChildren(
      paragraph('Rupas (60 virupas each) against the minimum BPHS asks of each graha; the mark is that minimum.', 'hint'),
      table(answer.grahas),
      ...notes,
    );
    return null;
  } catch (failure) {
    body.replaceChildren(paragraph('The shadbala could not be computed.', 'section-error'));
    return failure;
  }
}

function table(grahas) {
  const grid = document.createElement('table');
  grid.className = 'shadbala-table';
  const head = columnHeads(['Graha', 'Rupas', 'Minimum', 'Ratio']);
  const rows = document.createElement('tbody');
  for (const graha of grahas) {
    const row = document.createElement('tr');
    row.dataset.graha = graha.graha;
    const name = document.createElement('th');
    name.scope = 'row';
    name.textContent = titleCase(graha.graha);
    row.append(name, text(graha.rupas.toFixed(2)), text(String(graha.requiredRupas)), bar(graha.ratio));
    rows.append(row);
  }
  grid.append(head, rows);
  return grid;
}

function text(value) {
  const cell = document.createElement('td');
  cell.textContent = value;
  return cell;
}

function bar(ratio) {
  const cell = document.createElement('td');
  // 100 units run to twice the minimum; the mark at 50 is the minimum itself.
  const filled = Math.min(ratio / BAR_RATIO_SPAN, 1) * 100;
  const drawing = svgElement('svg', { class: 'shadbala-bar', viewBox: '0 0 100 10', 'aria-hidden': 'true', focusable: 'false' });
  drawing.append(
    svgElement('rect', { class: 'shadbala-track', x: 0, y: 0, width: 100, height: 10 }),
    svgElement('rect', { class: ratio >= 1 ? 'shadbala-fill strong' : 'shadbala-fill', x: 0, y: 0, width: filled.toFixed(1), height: 10 }),
    svgElement('rect', { class: 'shadbala-mark', x: 49.5, y: 0, width: 1, height: 10 }),
  );
  const figure = document.createElement('span');
  figure.textContent = ratio.toFixed(2);
  cell.append(drawing, figure);
  return cell;
}
