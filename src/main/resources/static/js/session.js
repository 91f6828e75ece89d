// The signed-in user and the one way pages talk to the API.
//
// HTTP Basic without the browser's own dialog, or a bearer token from the ministry's identity
// provider (oidc.js): the page keeps the credentials in sessionStorage (this tab only, gone when
// it closes), sends the Authorization header itself, and marks every request with
// X-Requested-With, to which the service answers a 401 without a WWW-Authenticate challenge, so
// the browser never opens its dialog over the page. Every request names the page's language, in
// which the service writes the details of its refusals.

import { lang } from './i18n.js';

const AUTH = 'cadastre.auth';
const USER = 'cadastre.user';
const SIGN_OUT = 'cadastre.signOut';
const RENEWAL = 'cadastre.renewal';
const OPEN = 'cadastre.open';

export const ROLE_PAGES = {
  APPLICANT: 'applicant.html',
  AGENCY_REVIEWER: 'reviewer.html',
  MINISTRY_OFFICER: 'officer.html',
  GIS_ADMIN: 'gis.html',
};

// What each role's page opens from a link to what a notice tells of (page.js, openFromAddress).
const OPENS = {
  AGENCY_REVIEWER: ['inquiry'],
  APPLICANT: ['application', 'licence'],
  MINISTRY_OFFICER: ['application', 'licence', 'audit-anchor'],
};

/**
 * The address, on the page of this role, that opens what a notice tells of ({type, id}); null
 * when that page does not show it.
 */
export function openingAddress(role, about) {
  if (!about || !(OPENS[role] || []).includes(about.type)) return null;
  return `${ROLE_PAGES[role]}#${about.type}=${encodeURIComponent(about.id)}`;
}

/** Keeps what an e-mail's link asks to open (index.html?open=<type>:<id>) until the user signs in. */
export function rememberOpening(open) {
  if (open) sessionStorage.setItem(OPEN, open);
}

/** Where a user goes once signed in: what its e-mail's link asked to open, if its page shows that; else its page. */
export function pageAfterSignIn(role) {
  const open = sessionStorage.getItem(OPEN) || '';
  sessionStorage.removeItem(OPEN);
  const split = open.indexOf(':');
  const about = split > 0 ? { type: open.slice(0, split), id: open.slice(split + 1) } : null;
  return openingAddress(role, about) || ROLE_PAGES[role];
}

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
  return Object.assign({ 'X-Requested-With': 'XMLHttpRequest', 'Accept-Language': lang(), Authorization: auth }, extra || {});
}

/** Checks the name and password with GET /api/v1/me; keeps them when they are right. */
export function signIn(username, password) {
  return signInWith(basic(username, password));
}

/**
 * Checks the identity provider's access token with GET /api/v1/me; keeps it when the service
 * takes it. Signing out then goes to `signOutUrl`, the provider's end of session, when given;
 * `renewal` is what renews the token before it expires (oidc.js), or null.
 */
export async function signInWithToken(accessToken, signOutUrl, renewal) {
  const me = await signInWith(`Bearer ${accessToken}`);
  if (signOutUrl) sessionStorage.setItem(SIGN_OUT, signOutUrl);
  if (renewal) sessionStorage.setItem(RENEWAL, JSON.stringify(renewal));
  return me;
}

/** What renews the signed-in user's token, or null. */
export function tokenRenewal() {
  return JSON.parse(sessionStorage.getItem(RENEWAL) || 'null');
}

/** Puts a renewed token in place of the one that is about to expire. */
export function renewToken(accessToken, renewal) {
  if (!sessionStorage.getItem(AUTH)) return;
  sessionStorage.setItem(AUTH, `Bearer ${accessToken}`);
  sessionStorage.setItem(RENEWAL, JSON.stringify(renewal));
}

async function signInWith(auth) {
  const response = await fetch('/api/v1/me', { headers: headers(auth, { Accept: 'application/json' }) });
  if (!response.ok) {
    throw new Problem(response.status, await body(response));
  }
  const me = await response.json();
  sessionStorage.setItem(AUTH, auth);
  sessionStorage.setItem(USER, JSON.stringify(me));
  return me;
}

function forget() {
  [AUTH, USER, SIGN_OUT, RENEWAL].forEach((key) => sessionStorage.removeItem(key));
}

/** Signs out, of the identity provider too when the user came from it. */
export function signOut() {
  const next = sessionStorage.getItem(SIGN_OUT) || 'index.html';
  forget();
  location.href = next;
}

export function currentUser() {
  const user = sessionStorage.getItem(USER);
  return user ? JSON.parse(user) : null;
}

/**
 * The signed-in user, on the page of its role (any role's, without one); anyone else is sent
 * to sign in or home.
 */
export function requireRole(role) {
  const user = currentUser();
  if (!user || !sessionStorage.getItem(AUTH)) {
    location.replace('index.html');
    throw new Error('not signed in');
  }
  if (role && user.role !== role) {
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
 * JSON (or null); rejects with a Problem. A 401 means the credentials no longer hold (a changed
 * password, an expired token): back to sign-in.
 */
export async function api(path, { method = 'GET', json, form, signal, extraHeaders } = {}) {
  const init = { method, signal, headers: headers(authorization(), Object.assign({ Accept: 'application/json' }, extraHeaders)) };
  if (json !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(json);
  } else if (form !== undefined) {
    init.body = form;
  }
  const response = await send(path, init);
  return response.status === 204 ? null : body(response);
}

/**
 * Downloads a file from the API (GET) and hands it to the browser under the name the API gives
 * it. Rejects with a Problem, as api() does.
 */
export async function download(path) {
  const response = await send(path, { headers: headers(authorization(), {}) });
  const named = /filename="([^"]+)"/.exec(response.headers.get('Content-Disposition') || '');
  const url = URL.createObjectURL(await response.blob());
  const link = Object.assign(document.createElement('a'), { href: url, download: named ? named[1] : 'download' });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Fetches, and rejects with a Problem unless the API answered 2xx; a 401 goes back to sign-in. */
async function send(path, init) {
  const response = await fetch(path, init);
  if (response.status === 401) {
    forget();
    location.href = 'index.html?ended';
    throw new Problem(401, await body(response));
  }
  if (!response.ok) {
    throw new Problem(response.status, await body(response));
  }
  return response;
}
