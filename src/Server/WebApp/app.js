// The page's entry: wires the form, the chart's controls, the address and the account, and runs a calculation
// (chart first; then its picture, dashas, panchang, yogas, doshas, ashtakavarga, shadbala, karakas and arudhas side by
// side); the almanac and the varshaphal compute when asked.

import { callApi, describeFailure } from './api.js';
import { setUpAccount, updateSignInLinks } from './account.js';
import { followColourScheme, showPicture } from './chart.js';
import { showDasha } from './dasha.js';
import { clearFieldErrors, fillForm, offerTimeZones, readBirth, showFieldErrors } from './form.js';
import { showPanchang } from './panchang.js';
import { allowChartPartner, setUpMatching } from './matching.js';
import { setUpAlmanac } from './almanac.js';
import { prepareVarshaphal, setUpVarshaphal } from './varshaphal.js';
import { showYogas } from './yogas.js';
import { showAshtakavarga } from './ashtakavarga.js';
import { showShadbala } from './shadbala.js';
import { showJaimini } from './jaimini.js';
import { showDoshas } from './doshas.js';
import { setUpPlaceSearch } from './places.js';
import { showPlanets } from './planets.js';
import { allowSaving, setUpProfiles } from './profiles.js';
import { showResolvedTime } from './resolved-time.js';
import { current, queryFor, readQuery } from './state.js';
import { clearStatus, showStatus } from './status.js';
import { hideTimeWarning, isGapRefusal, showFoldWarning, showGapWarning } from './time-warning.js';

const byId = (id) => document.getElementById(id);

// How the user settled an ambiguous or impossible birth time; forgotten when the time or place changes.
let resolution = {};

/** Computes and shows everything for a birth; history says how the address follows (push, replace or none). */
async function compute(birth, placeName, history) {
  clearFieldErrors();
  hideTimeWarning();
  showStatus('Calculating…');
  byId('show-chart').disabled = true;
  let chart;
  try {
    chart = await callApi('POST', '/v1/chart', birth);
  } catch (failure) {
    explainRefusal(failure, birth, placeName);
    return;
  } finally {
    byId('show-chart').disabled = false;
  }

  Object.assign(current, { birth, placeName, chart });
  updateAddress(history);
  byId('results').hidden = false;
  allowChartPartner(true);
  allowSaving(true);
  const time = chart.metadata.time;
  showResolvedTime(time);
  showPlanets(chart);
  prepareVarshaphal(birth);
  if (time.ambiguous) {
    showFoldWarning(time.timeZone, time.fold ?? 'EARLIER', (fold) => recompute({ fold }));
  }

  const failures = (await Promise.all([showPicture(), showDasha(birth, time.timeZone), showPanchang(birth, time.timeZone), showYogas(birth),
    showDoshas(birth, time.timeZone), showAshtakavarga(birth), showShadbala(birth), showJaimini(birth)]))
    .filter((failure) => failure);
  if (failures.length === 0) {
    showStatus(`Chart shown for ${birth.datetime.replace('T', ' ')}${placeName ? `, ${placeName}` : ''}.`);
    return;
  }
  const unplaced = failures.flatMap((failure) => (failure.kind === 'invalid' ? showFieldErrors(failure.violations) : []));
  const other = failures.find((failure) => failure.kind !== 'invalid');
  showStatus(other ? `Part of the chart could not be shown. ${describeFailure(other)}`
    : unplaced.length > 0 ? describeFailure({ kind: 'invalid', violations: unplaced }) : 'Please correct the marked fields.', 'error');
}

function explainRefusal(failure, birth, placeName) {
  if (failure.kind !== 'invalid') {
    showStatus(describeFailure(failure), 'error');
    return;
  }
  if (failure.violations.some(isGapRefusal)) {
    showGapWarning(() => {
      resolution = { gap: 'SHIFT_FORWARD' };
      compute({ ...birth, gap: 'SHIFT_FORWARD' }, placeName, 'push');
    });
  }
  const unplaced = showFieldErrors(failure.violations);
  showStatus(unplaced.length > 0 ? describeFailure({ kind: 'invalid', violations: unplaced })
    : 'The chart could not be calculated: please correct the marked fields.', 'error');
}

function recompute(change) {
  resolution = { ...resolution, ...change };
  compute({ ...current.birth, ...change }, current.placeName, 'replace');
}

function updateAddress(history) {
  const address = queryFor(current.birth, current.placeName, current.view);
  const shown = `${window.location.pathname}${window.location.search}`;
  if (history === 'push' && address !== shown) {
    window.history.pushState(null, '', address);
  } else if (history !== 'none') {
    window.history.replaceState(null, '', address);
  }
  updateSignInLinks();
}

function submitForm(event) {
  event.preventDefault();
  clearFieldErrors();
  const { birth, problems } = readBirth();
  if (!birth) {
    showFieldErrors(problems);
    showStatus('Please fill in the marked fields.', 'error');
    return;
  }
  compute({ ...birth, ...resolution }, byId('place-search').value.trim(), 'push');
}

async function changeView(change) {
  current.view = { ...current.view, ...change };
  if (!current.chart) {
    return;
  }
  updateAddress('replace');
  clearStatus();
  const failure = await showPicture();
  if (failure) {
    const unplaced = failure.kind === 'invalid' ? showFieldErrors(failure.violations) : [failure];
    if (unplaced.length > 0) {
      showStatus(`The picture could not be drawn. ${describeFailure(failure)}`, 'error');
    }
  }
}

function showView(view) {
  for (const radio of document.querySelectorAll('input[name="chart-style"]')) {
    radio.checked = radio.value === view.style;
  }
  byId('varga').value = String(view.varga);
}

/** Shows what an address describes: its chart, or an empty form. */
function openAddress(history) {
  const { birth, placeName, view } = readQuery(window.location.search);
  current.view = view;
  showView(view);
  if (!birth) {
    return;
  }
  fillForm(birth, placeName);
  resolution = Object.fromEntries(['fold', 'gap'].filter((name) => birth[name]).map((name) => [name, birth[name]]));
  compute(birth, placeName, history);
}

function openProfile(profile) {
  fillForm(profile.birth, profile.placeName);
  const { birth, problems } = readBirth();
  if (!birth) {
    showFieldErrors(problems);
    return;
  }
  const settled = Object.fromEntries(['fold', 'gap']
    .filter((name) => profile.birth[name] && profile.birth[name] !== 'UNSPECIFIED')
    .map((name) => [name, profile.birth[name]]));
  resolution = settled;
  byId('main').scrollIntoView();
  compute({ ...birth, ...settled }, profile.placeName ?? '', 'push');
}

function wire() {
  byId('birth-form').addEventListener('submit', submitForm);
  for (const id of ['birth-date', 'birth-time', 'time-zone', 'latitude', 'longitude', 'place-search']) {
    byId(id).addEventListener('input', () => { resolution = {}; });
  }
  setUpPlaceSearch(() => { resolution = {}; });
  offerTimeZones();
  for (const radio of document.querySelectorAll('input[name="chart-style"]')) {
    radio.addEventListener('change', () => changeView({ style: radio.value }));
  }
  byId('varga').addEventListener('change', () => changeView({ varga: Number.parseInt(byId('varga').value, 10) }));
  followColourScheme();
  setUpMatching();
  setUpAlmanac();
  setUpVarshaphal();
  window.addEventListener('popstate', () => openAddress('none'));
}

wire();
openAddress('replace');
setUpAccount().then((user) => (user ? setUpProfiles(openProfile) : null));
