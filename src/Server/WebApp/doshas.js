// The doshas of the birth chart (POST /v1/doshas) as the API states them: Manglik from each reference with its
// exceptions, Kaal Sarp's form and type, the Sade Sati phase in force today, Guru-Chandala and Pitra with the rules that
// apply, each with its cited source. Flags, houses and rule names only: the page adds no verdict.

import { callApi } from './api.js';
import { paragraph } from './dom.js';
import { SIGN_NAMES, dateIn, titleCase } from './format.js';

/** Computes and shows the doshas; returns the failure, if any, for the caller to explain. */
export async function showDoshas(birth, zone) {
  const body = document.getElementById('doshas-body');
  body.replaceChildren(paragraph('Reading the doshas…'));
  try {
    const at = new Date().toISOString();
    const answer = await callApi('POST', '/v1/doshas', { birth, at });
    const items = document.createElement('ul');
    items.className = 'dosha-list';
    items.append(
      item('manglik', 'Manglik', answer.manglik.present, manglik(answer.manglik), [answer.manglik.rule]),
      item('kaalSarp', 'Kaal Sarp', answer.kaalSarp.present, kaalSarp(answer.kaalSarp), [answer.kaalSarp.rule]),
      sadeSatiItem(answer.sadeSati, zone),
      item('guruChandala', 'Guru-Chandala', answer.guruChandala.present, guruChandala(answer.guruChandala, answer.settings),
        [answer.guruChandala.rule]),
      item('pitra', 'Pitra', answer.pitra.present, answer.pitra.rules.map((rule) => titleCase(rule.name)).join(', '), answer.pitra.rules),
    );
    body.replaceChildren(paragraph('Houses are whole signs; exceptions are listed as the sources give them, not weighed.', 'hint'), items);
    return null;
  } catch (failure) {
    body.replaceChildren(paragraph('The doshas could not be read.', 'section-error'));
    return failure;
  }
}

function item(key, name, present, detail, rules) {
  const entry = document.createElement('li');
  entry.dataset.dosha = key;
  entry.dataset.present = String(present);
  const title = document.createElement('strong');
  title.textContent = name;
  entry.append(title, ` — ${present ? 'present' : 'absent'}${detail ? `: ${detail}` : ''}`);
  for (const rule of rules) {
    entry.append(paragraph(`${titleCase(rule.name)}: ${rule.source}`, 'hint'));
  }
  return entry;
}

function manglik(dosha) {
  const houses = dosha.placements.map((from) => `${from.house} from the ${from.reference.toLowerCase()}`).join(', ');
  const exceptions = [...new Set(dosha.placements.flatMap((from) => from.exceptions.map((rule) => titleCase(rule.name))))];
  return `Mars in house ${houses}${exceptions.length > 0 ? `; exceptions: ${exceptions.join(', ')}` : ''}`;
}

function kaalSarp(dosha) {
  const rahu = `Rahu in house ${dosha.rahuHouse}`;
  const half = dosha.half === 'RAHU_TO_KETU' ? 'Rahu to Ketu' : 'Ketu to Rahu';
  return dosha.present ? `${titleCase(dosha.form)}, ${titleCase(dosha.type)} (${rahu}, ${half})` : rahu;
}

function guruChandala(dosha, settings) {
  const ketu = settings.guruChandalaIncludeKetu ? 'Jupiter with Ketu' : 'Jupiter with Ketu (not counted by default)';
  return [dosha.withRahu ? 'Jupiter with Rahu' : '', dosha.withKetu ? ketu : ''].filter((part) => part).join(', ');
}

function sadeSatiItem(timeline, zone) {
  const current = timeline.current;
  const detail = current
    ? `Saturn in ${SIGN_NAMES[current.saturnSign]}, ${phaseName(current.phase)}${current.reEntry ? ' (re-entered)' : ''}, `
      + `${dateIn(current.start, zone)} – ${dateIn(current.end, zone)}`
    : `Saturn is in none of the five signs counted from the Moon in ${SIGN_NAMES[timeline.moonSign]}`;
  const entry = item('sadeSati', 'Sade Sati today', timeline.present, detail, [timeline.rule]);
  entry.dataset.at = timeline.at;
  entry.dataset.phase = current ? current.phase : '';
  return entry;
}

/** RISING → "rising (12th from the Moon)", FOURTH_DHAIYA → "dhaiya (4th from the Moon)". */
function phaseName(phase) {
  const names = {
    RISING: 'rising (12th from the Moon)',
    PEAK: 'peak (the Moon\'s sign)',
    SETTING: 'setting (2nd from the Moon)',
    FOURTH_DHAIYA: 'dhaiya (4th from the Moon)',
    EIGHTH_DHAIYA: 'dhaiya (8th from the Moon)',
  };
  return names[phase] ?? titleCase(phase);
}
