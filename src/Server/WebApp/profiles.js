// A signed-in user's saved profiles (/v1/profiles): save the chart shown, and open, rename or delete each one.
// Deleting asks inside the page; notes live in notes.js.

import { callApi, describeFailure } from './api.js';
import { button } from './dom.js';
import { showNotes } from './notes.js';
import { current, withoutDefaults } from './state.js';
import { showStatus } from './status.js';

const byId = (id) => document.getElementById(id);

let openProfile = () => {};

/** Shows the profiles section for a signed-in user; onOpen(profile) shows a profile's chart. */
export function setUpProfiles(onOpen) {
  openProfile = onOpen;
  byId('saved-profiles').hidden = false;
  byId('save-profile').addEventListener('click', () => {
    byId('save-profile-form').hidden = false;
    byId('profile-name').value ||= current.placeName ? `Born in ${current.placeName.split(',')[0]}` : '';
    byId('profile-name').focus();
  });
  byId('save-profile-cancel').addEventListener('click', closeSaveForm);
  byId('save-profile-confirm').addEventListener('click', saveCurrentChart);
  byId('profile-name').addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      saveCurrentChart();
    }
  });
  return refreshProfiles();
}

/** Whether there is a chart to save. */
export function allowSaving(allowed) {
  byId('save-profile').disabled = !allowed;
}

export async function refreshProfiles() {
  try {
    const answer = await callApi('GET', '/v1/profiles?pageSize=100');
    const profiles = answer?.profiles ?? [];
    byId('profiles').replaceChildren(...profiles.map(itemFor));
    byId('profiles-empty').hidden = profiles.length > 0;
  } catch (failure) {
    showStatus(`Your profiles could not be loaded. ${describeFailure(failure)}`, 'error');
  }
}

async function saveCurrentChart() {
  const name = byId('profile-name').value.trim();
  const problem = byId('profile-name-error');
  problem.hidden = true;
  byId('profile-name').removeAttribute('aria-invalid');
  if (!name) {
    showNameProblem('Give the profile a name.');
    return;
  }
  try {
    await callApi('POST', '/v1/profiles', { name, placeName: current.placeName, birth: withoutDefaults(current.birth) });
    closeSaveForm();
    showStatus(`Saved “${name}”.`);
    await refreshProfiles();
  } catch (failure) {
    const nameViolation = failure.violations?.find((violation) => violation.field === 'name');
    if (nameViolation) {
      showNameProblem(nameViolation.description);
    } else {
      showStatus(`The profile was not saved. ${describeFailure(failure)}`, 'error');
    }
  }
}

function showNameProblem(text) {
  const problem = byId('profile-name-error');
  problem.textContent = text;
  problem.hidden = false;
  byId('profile-name').setAttribute('aria-invalid', 'true');
  byId('profile-name').focus();
}

function closeSaveForm() {
  byId('save-profile-form').hidden = true;
  byId('profile-name').value = '';
  byId('save-profile').focus();
}

function itemFor(profile) {
  const item = document.createElement('li');
  item.dataset.profileId = profile.id;
  const title = document.createElement('p');
  title.className = 'profile-title';
  const name = document.createElement('strong');
  name.textContent = profile.name;
  const detail = document.createElement('span');
  detail.className = 'hint';
  detail.textContent = ` ${[profile.placeName, profile.birth?.datetime?.replace('T', ' ')].filter((part) => part).join(', ')}`;
  title.append(name, detail);

  const actions = document.createElement('div');
  actions.className = 'profile-actions';
  const rename = renameForm(profile, actions);
  const removal = deleteConfirmation(profile, actions);
  actions.append(
    button('Open', () => openProfile(profile)),
    button('Rename', () => { actions.hidden = true; rename.hidden = false; rename.querySelector('input').focus(); }),
    button('Delete', () => { actions.hidden = true; removal.hidden = false; removal.querySelector('button').focus(); }),
  );
  item.append(title, actions, rename, removal, showNotes(profile));
  return item;
}

function renameForm(profile, actions) {
  const form = document.createElement('div');
  form.className = 'inline-form';
  form.hidden = true;
  const label = document.createElement('label');
  label.textContent = 'New name ';
  const input = document.createElement('input');
  input.type = 'text';
  input.maxLength = 200;
  input.value = profile.name;
  label.append(input);
  const cancel = () => { form.hidden = true; actions.hidden = false; };
  const save = async () => {
    const name = input.value.trim();
    if (!name) {
      input.focus();
      return;
    }
    try {
      await callApi('PATCH', `/v1/profiles/${encodeURIComponent(profile.id)}?updateMask=name`, { name, etag: profile.etag });
      showStatus(`Renamed to “${name}”.`);
      await refreshProfiles();
    } catch (failure) {
      showStatus(`The profile was not renamed. ${describeFailure(failure)}`, 'error');
    }
  };
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      save();
    } else if (event.key === 'Escape') {
      cancel();
    }
  });
  form.append(label, button('Save name', save), button('Cancel', cancel));
  return form;
}

function deleteConfirmation(profile, actions) {
  const box = document.createElement('div');
  box.className = 'confirm';
  box.hidden = true;
  const question = document.createElement('p');
  question.textContent = `Delete “${profile.name}” with its notes?`;
  const remove = async () => {
    try {
      await callApi('DELETE', `/v1/profiles/${encodeURIComponent(profile.id)}`);
      showStatus(`Deleted “${profile.name}”.`);
      await refreshProfiles();
    } catch (failure) {
      showStatus(`The profile was not deleted. ${describeFailure(failure)}`, 'error');
    }
  };
  box.append(question, button('Confirm delete', remove), button('Cancel', () => { box.hidden = true; actions.hidden = false; }));
  return box;
}
