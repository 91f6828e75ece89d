// The signed-in user and the one way pages talk to the API.
//
// HTTP Basic without the browser's own dialog: the page keeps the credentials in
// sessionStorage (this tab only, gone when it closes), sends the Authorization header itself,
// and marks every request with X-Requested-With, to which the service answers a 401 without a
// WWW-Authenticate challenge, so the browser never opens its dialog over the page.

const AUTH = 'cadastre.auth';
const USER = 'cadastre.user';

export const ROLE_PAGES = {
  APPLICANT: 'applicant.html',
  AGENCY_REVIEWER: 'reviewer.html',
  MINISTRY_OFFICER: 'officer.html',
  GIS_ADMIN: 'gis.html',
};

/** A refusal from the API: an RFC 9457 problem (or what stood for one). */
export class Problem extends Error {
  constructor(status, body) {
    super((body && (body.detail || body.title)) || `HTTP ${status}`);
    this.status = status;
    this.body = body || {};
  }

  get slug() {
    const type = this.body.type || '';
    return type.startsWith('urn:cadastre:problem:') ? type.substring('urn:cadastre:problem:'.length) : '';
  }
}

function basic(username, password) {
  const bytes = new TextEncoder().encode(`${username}:${password}`);
  return 'Basic ' + btoa(String.fromCharCode(...bytes));
}

function headers(auth, extra) {
  return Object.assign({ 'X-Requested-With': 'XMLHttpRequest', Authorization: auth }, extra || {});
}

/** Checks the credentials with GET /api/v1/me; keeps them when they are right. */
export async function signIn(username, password) {
  const auth = basic(username, password);
  const response = await fetch('/api/v1/me', { headers: headers(auth, { Accept: 'application/json' }) });
  if (!response.ok) {
    throw new Problem(response.status, await body(response));
  }
  const me = await response.json();
  sessionStorage.setItem(AUTH, auth);
  sessionStorage.setItem(USER, JSON.stringify(me));
  return me;
}

export function signOut() {
  sessionStorage.removeItem(AUTH);
  sessionStorage.removeItem(USER);
  location.href = 'index.html';
}

export function currentUser() {
  const user = sessionStorage.getItem(USER);
  return user ? JSON.parse(user) : null;
}

/** The signed-in user, on the page of its role; anyone else is sent to sign in or home. */
export function requireRole(role) {
  const user = currentUser();
  if (!user || !sessionStorage.getItem(AUTH)) {
    location.replace('index.html');
    throw new Error('not signed in');
  }
  if (user.role !== role) {
    location.replace(ROLE_PAGES[user.role] || 'index.html');
    throw new Error('another role');
  }
  return user;
}

export function authorization() {
  return sessionStorage.getItem(AUTH);
}

async function body(response) {
  const type = response.headers.get('Content-Type') || '';
  if (type.includes('json')) {
    try {
      return await response.json();
    } catch (ignored) {
      return null;
    }
  }
  return null;
}

/**
 * Calls the API. `json` is sent as the JSON body, `form` as multipart. Resolves to the parsed
 * JSON (or null); rejects with a Problem. A 401 means the credentials no longer hold: back to
 * sign-in.
 */
export async function api(path, { method = 'GET', json, form, signal, extraHeaders } = {}) {
  const init = { method, signal, headers: headers(authorization(), Object.assign({ Accept: 'application/json' }, extraHeaders)) };
  if (json !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(json);
  } else if (form !== undefined) {
    init.body = form;
  }
  const response = await fetch(path, init);
  if (response.status === 401) {
    signOut();
    throw new Problem(401, await body(response));
  }
  if (!response.ok) {
    throw new Problem(response.status, await body(response));
  }
  return response.status === 204 ? null : body(response);
}
