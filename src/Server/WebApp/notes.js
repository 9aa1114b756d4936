// Notes on a saved profile (/v1/profiles/{id}/notes): read when first opened, and added from a small form.

import { callApi, describeFailure } from './api.js';
import { button, paragraph } from './dom.js';

/** A closed "Notes" disclosure for a profile; its notes are fetched the first time it opens. */
export function showNotes(profile) {
  const details = document.createElement('details');
  details.className = 'notes';
  const summary = document.createElement('summary');
  summary.textContent = 'Notes';
  const list = document.createElement('ul');
  list.className = 'note-list';
  const message = paragraph('', 'hint');
  message.setAttribute('aria-live', 'polite');
  const path = `/v1/profiles/${encodeURIComponent(profile.id)}/notes`;

  const load = async () => {
    try {
      const answer = await callApi('GET', `${path}?pageSize=100`);
      const notes = answer?.notes ?? [];
      list.replaceChildren(...notes.map(noteItem));
      message.textContent = notes.length === 0 ? 'No notes yet.' : '';
    } catch (failure) {
      message.textContent = `The notes could not be loaded. ${describeFailure(failure)}`;
    }
  };
  details.addEventListener('toggle', () => {
    if (details.open && !details.dataset.loaded) {
      details.dataset.loaded = 'true';
      load();
    }
  });
  details.append(summary, message, list, addForm(path, message, load));
  return details;
}

function noteItem(note) {
  const item = document.createElement('li');
  const title = document.createElement('strong');
  title.textContent = note.title;
  const body = paragraph(note.body ?? '');
  item.append(title, body);
  return item;
}

function addForm(path, message, reload) {
  const form = document.createElement('div');
  form.className = 'note-form';
  const titleLabel = document.createElement('label');
  titleLabel.textContent = 'Title';
  const title = document.createElement('input');
  title.type = 'text';
  title.maxLength = 200;
  titleLabel.append(title);
  const bodyLabel = document.createElement('label');
  bodyLabel.textContent = 'Note';
  const body = document.createElement('textarea');
  body.maxLength = 5000;
  body.rows = 3;
  bodyLabel.append(body);
  const add = async () => {
    if (!title.value.trim()) {
      message.textContent = 'Give the note a title.';
      title.focus();
      return;
    }
    try {
      await callApi('POST', path, { title: title.value.trim(), body: body.value });
      title.value = '';
      body.value = '';
      await reload();
    } catch (failure) {
      message.textContent = `The note was not added. ${describeFailure(failure)}`;
    }
  };
  form.append(titleLabel, bodyLabel, button('Add note', add));
  return form;
}
