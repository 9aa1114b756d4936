// The classical yogas present in the birth chart (POST /v1/yogas): each with the grahas and houses that form it and
// its rule with the source, as the API states them; the absent ones are counted, not listed.

import { callApi } from './api.js';
import { paragraph } from './dom.js';
import { titleCase } from './format.js';

/** Computes and shows the yogas present; returns the failure, if any, for the caller to explain. */
export async function showYogas(birth) {
  const body = document.getElementById('yogas-body');
  body.replaceChildren(paragraph('Reading the yogas…'));
  try {
    const answer = await callApi('POST', '/v1/yogas', { birth });
    const present = answer.yogas.filter((yoga) => yoga.present);
    body.replaceChildren(
      paragraph(`${present.length} of the ${answer.yogas.length} yogas evaluated are present (houses are whole signs from the ascendant).`, 'hint'),
      present.length === 0 ? paragraph('None is present in this chart.') : list(present),
    );
    return null;
  } catch (failure) {
    body.replaceChildren(paragraph('The yogas could not be read.', 'section-error'));
    return failure;
  }
}

function list(yogas) {
  const items = document.createElement('ul');
  items.className = 'yoga-list';
  for (const yoga of yogas) {
    const item = document.createElement('li');
    item.dataset.yoga = yoga.name;
    const name = document.createElement('strong');
    name.textContent = titleCase(yoga.name);
    const formed = [
      yoga.grahas.length > 0 ? yoga.grahas.map(titleCase).join(', ') : '',
      yoga.houses.length > 0 ? `house${yoga.houses.length > 1 ? 's' : ''} ${yoga.houses.join(', ')}` : '',
    ].filter((part) => part).join('; ');
    item.append(name, formed ? ` — ${formed}` : '', paragraph(yoga.rule, 'hint'));
    items.append(item);
  }
  return items;
}
