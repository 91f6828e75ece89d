// What every signed-in page shares: the header, messages, API problems shown readably, and a
// small helper to build elements.

import { requireRole, signOut, Problem } from './session.js';
import { keepTokenFresh } from './oidc.js';
import { initLanguage, onLanguage, t, digits, latinDigits } from './i18n.js';
import { initNotices } from './notices.js';

// A row or an item that opens what it shows when clicked (tr.selectable, an applicant's
// .application) is reached with Tab, as the page gives it tabindex=0, and opened with Enter or
// Space as with a click; a button or a field inside it keeps its own keys. The one a list now
// shows is marked aria-current=true where the page marks it .selected or .opened, so that a
// screen reader says which it is: such a row opens what it names, as a link would, rather than
// being an option of a listbox or a grid (aria-selected).
document.addEventListener('keydown', (event) => {
  if (event.key !== 'Enter' && event.key !== ' ') return;
  if (!event.target.matches || !event.target.matches('.selectable[tabindex], .application[tabindex]')) return;
  event.preventDefault();
  event.target.click();
});

// A table wider than the panel scrolls on its own (div.wide). While it is wider, the box takes
// the focus, so that a keyboard user can scroll it with the arrow keys; one that fits takes no
// place in the Tab order. Tables are filled and boxes narrowed after the page is built, so each
// box is watched as it appears.
const scrolling = new ResizeObserver((entries) => {
  for (const { target } of entries) {
    const box = target.closest('div.wide');
    if (box.scrollWidth > box.clientWidth) box.setAttribute('tabindex', '0');
    else box.removeAttribute('tabindex');
  }
});
const watched = new WeakSet();
function watchWideTables() {
  document.querySelectorAll('div.wide, div.wide > table').forEach((element) => {
    if (watched.has(element)) return;
    watched.add(element);
    scrolling.observe(element);
  });
}
new MutationObserver(watchWideTables).observe(document.body, { childList: true, subtree: true });
watchWideTables();

/** Builds an element: h('td', {class: 'x', onclick: f}, 'text', child, …). */
export function h(tag, attributes, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) {
    if (value == null || value === false) continue;
    if (name.startsWith('on')) element.addEventListener(name.substring(2), value);
    else if (name === 'dataset') Object.assign(element.dataset, value);
    // Through the CSSOM: the Content-Security-Policy refuses a style attribute.
    else if (name === 'style') element.style.cssText = value;
    else element.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children.flat()) {
    if (child != null && child !== false) element.append(child instanceof Node ? child : String(child));
  }
  return element;
}

/**
 * Signs the page in for a role (for any, without one), fills the header, sets up the language
 * switch and the notices.
 */
export function initPage(role) {
  const user = requireRole(role);
  keepTokenFresh();
  document.getElementById('sign-out').addEventListener('click', signOut);
  const who = document.getElementById('user');
  // The window's title, which a screen reader says first, in the page's language too.
  const pageName = document.querySelector('header.top .page-name');
  onLanguage(() => {
    document.title = `${t('app.title')} · ${t(pageName.dataset.i18n)}`;
    who.textContent = user.agency ? `${user.username} · ${t(`agency.${user.agency}`)}` : user.username;
  });
  initLanguage();
  initNotices();
  return user;
}

/**
 * Moves the focus to the heading of what was just opened from a list (an application, a
 * licence, an inquiry, a layer's versions): the list is drawn again, which would leave the focus
 * nowhere, sending a keyboard user back to the top of the page; from the heading a screen reader
 * says what opened, and Tab goes on into it.
 */
export function focusOpened(heading) {
  heading.setAttribute('tabindex', '-1');
  heading.focus();
}

export function clear(element) {
  element.replaceChildren();
  element.hidden = true;
}

export function showMessage(element, text, kind = 'info') {
  announce(element, kind === 'error');
  element.replaceChildren(h('p', {}, text));
  element.className = `message ${kind}`;
  element.hidden = false;
}

// A message appears where the user is not looking (a screen reader's user is not looking at
// all): a refusal is said at once (alert), any other outcome when the reader is free (status).
// The role is set before the message is written: a reader says what changes in a live region,
// not what a region holds when it becomes one.
function announce(element, refusal) {
  element.setAttribute('role', refusal ? 'alert' : 'status');
}

/**
 * An API refusal as people read it: the problem's title (translated when the type is known),
 * its detail and each error with its field (in the page's language, which every request names); a geometry fault's position is handed to
 * onLocation so the page can mark it on the map.
 */
export function showProblem(element, error, onLocation) {
  if (!(error instanceof Problem)) {
    console.error(error);
    showMessage(element, t('problem.network'), 'error');
    return;
  }
  const problem = error.body;
  const known = error.slug && t(`problem.${error.slug}`) !== `problem.${error.slug}`;
  const title = known ? t(`problem.${error.slug}`) : (problem.title || t('problem.generic'));
  const children = [h('strong', { class: 'problem-title' }, title)];
  if (problem.detail) children.push(h('p', { class: 'problem-detail' }, digits(problem.detail)));
  for (const item of problem.errors || []) {
    // An error that only repeats the detail (which already names the place of a geometry
    // fault) is not said twice; its place is still marked.
    if (item.reason !== problem.detail) children.push(h('p', { class: 'problem-error' }, errorLine(item)));
    if (item.location && onLocation) onLocation(item.location);
  }
  announce(element, true);
  element.replaceChildren(...children);
  element.className = 'message error';
  element.dataset.problem = error.slug;
  element.hidden = false;
}

/**
 * An error of a problem as one line: its field, its reason and, for a geometry fault, where it
 * lies. The field is named as the page calls it, or as the API does when `asSent` (a column of a
 * file the user sent, which the user knows by that name).
 */
export function errorLine(item, asSent = false) {
  const where = item.location && item.location.coordinates
    ? ` (${digits(item.location.coordinates[0].toFixed(6))}, ${digits(item.location.coordinates[1].toFixed(6))})` : '';
  return `${item.field ? (asSent ? item.field : fieldName(item.field)) + ': ' : ''}${digits(item.reason)}${where}`;
}

/** A field the API names (`vertices`, `mineral`) as the page calls it; the API's name when the page does not know it. */
function fieldName(field) {
  const name = t(`field.${field}`);
  return name === `field.${field}` ? field : name;
}

/**
 * Opens what the page's address names after '#', as a notice links it (#inquiry=<id>), now and
 * whenever the address changes; openers maps each type the page shows to a function of the id.
 * An id is a UUID or a number: anything else (a '/' or '..' that would lead the opener's request
 * to another part of the API, with the user's credentials) opens nothing.
 */
export function openFromAddress(openers) {
  const open = () => {
    const [type, encoded] = location.hash.slice(1).split('=');
    let id = null;
    try {
      id = decodeURIComponent(encoded || '');
    } catch (malformed) {
      return;
    }
    if (/^[0-9A-Za-z-]+$/.test(id) && openers[type]) openers[type](id);
  };
  window.addEventListener('hashchange', open);
  open();
}

/**
 * The page's Find form (#find, #find-number, #find-message): the number is read in Persian or
 * Latin digits and given to find(number); anything else is said not to be a number, and what
 * find throws is shown as a problem.
 */
export function onFind(find) {
  const message = document.getElementById('find-message');
  document.getElementById('find').addEventListener('submit', async (event) => {
    event.preventDefault();
    clear(message);
    const number = latinDigits(document.getElementById('find-number').value.trim());
    if (!/^[0-9]+$/.test(number)) {
      showMessage(message, t('find.notNumber'), 'error');
      return;
    }
    try {
      await find(number);
    } catch (error) {
      showProblem(message, error);
    }
  });
}

/** Where an application's printable receipt is. */
export function receiptLink(application) {
  return `receipt.html?application=${encodeURIComponent(application)}`;
}

/** Where a licence's printable document is. */
export function licenceLink(licence) {
  return `licence.html?licence=${encodeURIComponent(licence)}`;
}

/** A new key per distinct request, kept for its retries (Idempotency-Key). */
export function newKey() {
  if (crypto.randomUUID) return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}
