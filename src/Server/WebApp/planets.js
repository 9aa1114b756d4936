// The planets table (#planets-table) from POST /v1/chart: one row per graha and one for the ascendant.

import { degreesMinutesSeconds, titleCase } from './format.js';

export function showPlanets(chart) {
  const body = document.querySelector('#planets-table tbody');
  const ascendant = { ...chart.ascendant, planet: 'ASCENDANT', house: 1, retrograde: false, combust: false };
  body.replaceChildren(...[ascendant, ...chart.planets].map(rowFor));
}

function rowFor(point) {
  const row = document.createElement('tr');
  row.dataset.graha = point.planet;
  const name = document.createElement('th');
  name.scope = 'row';
  name.textContent = titleCase(point.planet);
  row.append(
    name,
    cell('longitude', degreesMinutesSeconds(point.longitude)),
    cell('sign', point.sign),
    cell('degree', degreesMinutesSeconds(point.degreeInSign)),
    cell('nakshatra', point.nakshatra),
    cell('pada', String(point.pada)),
    cell('house', String(point.house)),
    cell('retrograde', point.retrograde ? 'Yes' : ''),
    cell('combust', point.combust ? 'Yes' : ''),
  );
  return row;
}

function cell(column, text) {
  const element = document.createElement('td');
  element.dataset.column = column;
  element.textContent = text;
  return element;
}
