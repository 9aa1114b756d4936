// The ashtakavarga of the birth chart (POST /v1/ashtakavarga): the bindus each graha's table gives each sign, the
// ascendant's own, and the sarvashtakavarga, as a grid with the signs across.

import { callApi } from './api.js';
import { paragraph } from './dom.js';
import { SIGN_NAMES, titleCase } from './format.js';

const SIGNS = ['Ari', 'Tau', 'Gem', 'Can', 'Leo', 'Vir', 'Lib', 'Sco', 'Sag', 'Cap', 'Aqu', 'Pis'];

/** Computes and shows the grid; returns the failure, if any, for the caller to explain. */
export async function showAshtakavarga(birth) {
  const body = document.getElementById('ashtakavarga-body');
  body.replaceChildren(paragraph('Counting the bindus…'));
  try {
    const answer = await callApi('POST', '/v1/ashtakavarga', { birth });
    const scroll = document.createElement('div');
    scroll.className = 'table-scroll';
    scroll.tabIndex = 0;
    scroll.setAttribute('role', 'region');
    scroll.setAttribute('aria-label', 'Ashtakavarga table (scrolls sideways)');
    scroll.append(grid(answer));
    body.replaceChildren(
      paragraph(`Bindus per sign; the sarvashtakavarga adds the seven grahas' tables (${answer.sarvaTotal} in all).`, 'hint'),
      scroll,
    );
    return null;
  } catch (failure) {
    body.replaceChildren(paragraph('The ashtakavarga could not be computed.', 'section-error'));
    return failure;
  }
}

function grid(answer) {
  const table = document.createElement('table');
  table.className = 'ashtakavarga-grid';
  const head = document.createElement('thead');
  const headRow = document.createElement('tr');
  headRow.append(cell('th', 'Table', 'col'));
  SIGNS.forEach((short, index) => {
    const sign = cell('th', short, 'col');
    sign.title = SIGN_NAMES[index];
    headRow.append(sign);
  });
  headRow.append(cell('th', 'Total', 'col'));
  head.append(headRow);
  const rows = document.createElement('tbody');
  for (const bhinna of answer.bhinna) {
    rows.append(line(bhinna.graha, titleCase(bhinna.graha), bhinna.points, bhinna.total));
  }
  rows.append(line('SARVA', 'Sarva', answer.sarva, answer.sarvaTotal));
  table.append(head, rows);
  return table;
}

function line(key, name, points, total) {
  const row = document.createElement('tr');
  row.dataset.table = key;
  row.append(cell('th', name, 'row'), ...points.map((point) => cell('td', String(point))), cell('td', String(total)));
  return row;
}

function cell(kind, text, scope) {
  const item = document.createElement(kind);
  if (scope) {
    item.scope = scope;
  }
  item.textContent = text;
  return item;
}
