// Place search as an ARIA combobox: suggestions from GET /v1/places as the user types (debounced, stale answers
// dropped), chosen with the arrow keys and Enter or with the pointer. Choosing fills coordinates and zone.

import { callApi } from './api.js';

const DEBOUNCE_MS = 250;
const SUGGESTION_LIMIT = 8;

/** Wires the combobox; onChoose(place) runs after the form has been filled from the chosen place. */
export function setUpPlaceSearch(onChoose) {
  const input = document.getElementById('place-search');
  const list = document.getElementById('place-suggestions');
  const count = document.getElementById('place-count');
  let places = [];
  let active = -1;
  let timer = 0;
  let pending = null;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };

  const highlight = (index) => {
    active = index;
    for (const [position, option] of [...list.children].entries()) {
      option.setAttribute('aria-selected', String(position === index));
    }
    if (index >= 0) {
      input.setAttribute('aria-activedescendant', list.children[index].id);
      list.children[index].scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  };

  const choose = (index) => {
    const place = places[index];
    if (!place) {
      return;
    }
    input.value = placeLabel(place);
    markChosen(input.value);
    document.getElementById('latitude').value = String(place.latitude);
    document.getElementById('longitude').value = String(place.longitude);
    document.getElementById('time-zone').value = place.timeZone ?? '';
    close();
    onChoose(place);
  };

  const show = (found) => {
    places = found;
    list.replaceChildren(...found.map((place, index) => optionFor(place, index, () => choose(index))));
    count.textContent = found.length === 0 ? 'No places found' : `${found.length} places found`;
    if (found.length === 0) {
      close();
      return;
    }
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    highlight(-1);
  };

  const search = async (text) => {
    pending?.abort();
    pending = new AbortController();
    try {
      const answer = await callApi('GET', `/v1/places?q=${encodeURIComponent(text)}&limit=${SUGGESTION_LIMIT}`, undefined,
        { signal: pending.signal });
      if (input.value.trim() === text) {
        show(answer?.places ?? []);
      }
    } catch (failure) {
      if (failure.name !== 'AbortError') {
        // Suggestions are a convenience: coordinates can still be typed, and the chart request reports real trouble.
        count.textContent = 'Place suggestions are unavailable right now; enter the coordinates below.';
        close();
      }
    }
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    const chosen = input.dataset.coordinatesOf;
    if (chosen && input.value !== chosen) {
      // Another place is being typed: the chosen one's coordinates and zone no longer describe it, so they go rather
      // than silently giving the old place's chart. Coordinates typed by hand are left alone.
      delete input.dataset.coordinatesOf;
      for (const id of ['latitude', 'longitude', 'time-zone']) {
        document.getElementById(id).value = '';
      }
    }
    const text = input.value.trim();
    if (text.length < 2) {
      pending?.abort();
      close();
      return;
    }
    timer = setTimeout(() => search(text), DEBOUNCE_MS);
  });

  input.addEventListener('keydown', (event) => {
    const open = !list.hidden && places.length > 0;
    if (event.key === 'ArrowDown' && open) {
      event.preventDefault();
      highlight((active + 1) % places.length);
    } else if (event.key === 'ArrowDown' && places.length > 0) {
      event.preventDefault();
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
      highlight(0);
    } else if (event.key === 'ArrowUp' && open) {
      event.preventDefault();
      highlight(active <= 0 ? places.length - 1 : active - 1);
    } else if (event.key === 'Enter' && open && active >= 0) {
      // Choosing a place, not submitting the form.
      event.preventDefault();
      choose(active);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      close();
    }
  });

  input.addEventListener('blur', () => setTimeout(close, 150));
}

function optionFor(place, index, onPick) {
  const option = document.createElement('li');
  option.id = `place-option-${index}`;
  option.setAttribute('role', 'option');
  option.setAttribute('aria-selected', 'false');
  option.textContent = placeLabel(place);
  const zone = document.createElement('span');
  zone.className = 'option-detail';
  zone.textContent = ` ${place.timeZone}`;
  option.append(zone);
  // pointerdown, not click: the input's blur (which closes the list) comes before click.
  option.addEventListener('pointerdown', (event) => {
    event.preventDefault();
    onPick();
  });
  return option;
}

/** Records that the coordinates and zone in the form are those of the place named <label> (chosen, or from the address). */
export function markChosen(label) {
  const input = document.getElementById('place-search');
  if (label) {
    input.dataset.coordinatesOf = label;
  } else {
    delete input.dataset.coordinatesOf;
  }
}

export function placeLabel(place) {
  return [place.name, place.region, place.country].filter((part) => part).join(', ');
}
