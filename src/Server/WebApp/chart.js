// The chart picture: GET /v1/chart:render as SVG, parsed and placed inline in #chart-picture so its data-house,
// data-sign and data-graha attributes are part of the page; download links point at the same picture.

import { fetchText } from './api.js';
import { current } from './state.js';

const SVG_NAMESPACE = 'http://www.w3.org/2000/svg';
const darkScheme = window.matchMedia('(prefers-color-scheme: dark)');

let inFlight = null;

/** The render address for a birth and view; format SVG or PNG. */
export function renderUrl(birth, view, format) {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(birth)) {
    if (value !== undefined && value !== null && value !== '') {
      query.set(`birth.${name}`, String(value));
    }
  }
  query.set('style', view.style);
  query.set('varga', String(view.varga));
  query.set('format', format);
  query.set('degrees', 'true');
  query.set('language', 'ENGLISH');
  query.set('theme', darkScheme.matches ? 'DARK' : 'LIGHT');
  return `/v1/chart:render?${query}`;
}

/** Draws the current chart's picture; failures are returned (the caller explains them), never thrown. */
export async function showPicture() {
  const { birth, view } = current;
  const figure = document.getElementById('chart-picture');
  const problem = document.getElementById('chart-picture-error');
  inFlight?.abort();
  const request = new AbortController();
  inFlight = request;
  figure.setAttribute('aria-busy', 'true');
  updateDownloads(birth, view);
  try {
    const svg = parseSvg(await fetchText(renderUrl(birth, view, 'SVG'), { signal: request.signal }));
    figure.querySelector('svg')?.remove();
    figure.prepend(svg);
    document.getElementById('chart-caption').textContent = caption(view);
    problem.hidden = true;
    return null;
  } catch (failure) {
    if (failure.name === 'AbortError') {
      return null;
    }
    figure.querySelector('svg')?.remove();
    problem.textContent = 'The chart picture could not be drawn; the table below has the same placements.';
    problem.hidden = false;
    return failure;
  } finally {
    if (inFlight === request) {
      figure.setAttribute('aria-busy', 'false');
    }
  }
}

/** Redraws in the other colour scheme when the system's changes. */
export function followColourScheme() {
  darkScheme.addEventListener('change', () => {
    if (current.chart) {
      showPicture();
    }
  });
}

function parseSvg(text) {
  const parsed = new DOMParser().parseFromString(text, 'image/svg+xml');
  const root = parsed.documentElement;
  if (root.namespaceURI !== SVG_NAMESPACE || root.localName !== 'svg' || parsed.querySelector('parsererror')) {
    throw new Error('The chart picture could not be read.');
  }
  return document.importNode(root, true);
}

function caption(view) {
  const division = document.querySelector(`#varga option[value="${view.varga}"]`)?.textContent ?? `D${view.varga}`;
  const style = { NORTH: 'North Indian', SOUTH: 'South Indian', EAST: 'East Indian' }[view.style];
  return `${division}, ${style} style`;
}

function updateDownloads(birth, view) {
  const name = `chart-d${view.varga}-${view.style.toLowerCase()}`;
  const svg = document.getElementById('download-svg');
  svg.href = renderUrl(birth, view, 'SVG');
  svg.download = `${name}.svg`;
  const png = document.getElementById('download-png');
  png.href = renderUrl(birth, view, 'PNG');
  png.download = `${name}.png`;
}
