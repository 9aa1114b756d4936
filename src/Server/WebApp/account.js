// Who is signed in (GET /v1/me) and which sign-in links to offer (GET /auth/methods, which says what the server is
// configured for). Signing in is a navigation; it returns to the address the page shows, chart included.

import { callApi } from './api.js';
import { showStatus } from './status.js';

const byId = (id) => document.getElementById(id);

const SIGN_IN_LINKS = Object.freeze({ google: 'sign-in-google', development: 'sign-in-dev' });

/** Shows the account controls; resolves to the signed-in user, or null. */
export async function setUpAccount() {
  reportSignInOutcome();
  byId('sign-out').addEventListener('click', signOut);
  let me = null;
  try {
    me = await callApi('GET', '/v1/me');
  } catch {
    // The calculations do not need an account; with the server unreachable the first chart request says so.
  }
  if (me?.loggedIn) {
    const user = me.user ?? {};
    byId('signed-in-as').textContent = `Signed in as ${user.name || user.email}`;
    byId('signed-in-as').hidden = false;
    byId('sign-out').hidden = false;
    return user;
  }
  await offerSignIn();
  return null;
}

/** Keeps each sign-in link's return_to on the address shown now. */
export function updateSignInLinks() {
  const returnTo = encodeURIComponent(`${window.location.pathname}${window.location.search}`);
  for (const id of Object.values(SIGN_IN_LINKS)) {
    const link = byId(id);
    link.href = `${new URL(link.href).pathname}?return_to=${returnTo}`;
  }
}

async function offerSignIn() {
  let methods = {};
  try {
    methods = await callApi('GET', '/auth/methods') ?? {};
  } catch {
    // No link is better than one that only answers "not configured".
  }
  for (const [method, id] of Object.entries(SIGN_IN_LINKS)) {
    byId(id).hidden = methods[method] !== true;
  }
  updateSignInLinks();
}

async function signOut() {
  try {
    await callApi('POST', '/v1/auth/logout', {});
  } catch {
    // Ending a session that is already gone is still signed out; anything else is shown by the reload below.
  }
  window.location.reload();
}

/** The server sends a refused or failed sign-in back to /?login=denied or /?login=failed. */
function reportSignInOutcome() {
  const query = new URLSearchParams(window.location.search);
  const outcome = query.get('login');
  if (!outcome) {
    return;
  }
  showStatus(outcome === 'denied'
    ? 'Sign-in was refused for this account.'
    : 'Sign-in did not complete. Please try again.', 'error');
  query.delete('login');
  const rest = query.toString();
  window.history.replaceState(null, '', rest ? `/?${rest}` : '/');
}
