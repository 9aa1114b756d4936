// The Jaimini layer of the birth chart (POST /v1/jaimini): the chara karakas by degree, and the arudha padas A1–A12
// (A1 the arudha lagna, A12 the upapada) with each graha's own arudha, and the special points (upagrahas, Bhrigu
// Bindu, Sree and Indu lagnas).

import { callApi } from './api.js';
import { SIGN_NAMES, degreesMinutesSeconds, titleCase } from './format.js';
import { columnHeads, paragraph } from './dom.js';

/** Computes and shows the tables; returns the failure, if any, for the caller to explain. */
export async function showJaimini(birth) {
  const body = document.getElementById('jaimini-body');
  body.replaceChildren(paragraph('Reading the karakas and arudhas…'));
  try {
    const answer = await callApi('POST', '/v1/jaimini', { birth });
    body.replaceChildren(
      table('Chara karakas (highest degree in sign first)', ['Karaka', 'Graha', 'Degrees'],
        answer.charaKarakas.map((karaka) => [titleCase(karaka.karaka), titleCase(karaka.graha), degreesMinutesSeconds(karaka.degrees)])),
      table('Arudha padas', ['Pada', 'Sign'],
        answer.arudhaPadas.map((pada) => [padaName(pada.house), SIGN_NAMES[pada.sign]])),
      table('Graha arudhas', ['Graha', 'Sign'],
        answer.grahaArudhas.map((arudha) => [titleCase(arudha.graha), SIGN_NAMES[arudha.sign]])),
      table('Special points', ['Point', 'Sign', 'Degrees'], [
        ...answer.specialPoints.map((point) =>
          [titleCase(point.name), SIGN_NAMES[point.sign], degreesMinutesSeconds(point.degreeInSign)]),
        ['Indu lagna', SIGN_NAMES[answer.induLagnaSign], ''],
      ]),
    );
    return null;
  } catch (failure) {
    body.replaceChildren(paragraph('The karakas and arudhas could not be computed.', 'section-error'));
    return failure;
  }
}

function padaName(house) {
  if (house === 1) {
    return 'A1 (arudha lagna)';
  }
  return house === 12 ? 'A12 (upapada)' : `A${house}`;
}

function table(caption, titles, rows) {
  const grid = document.createElement('table');
  grid.className = 'jaimini-table';
  const title = document.createElement('caption');
  title.textContent = caption;
  const head = columnHeads(titles);
  const bodyRows = document.createElement('tbody');
  for (const values of rows) {
    const row = document.createElement('tr');
    values.forEach((value, index) => {
      const cell = document.createElement(index === 0 ? 'th' : 'td');
      if (index === 0) {
        cell.scope = 'row';
      }
      cell.textContent = value;
      row.append(cell);
    });
    bodyRows.append(row);
  }
  grid.append(title, head, bodyRows);
  return grid;
}
