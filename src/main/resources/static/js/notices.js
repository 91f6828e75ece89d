// The notices of the signed-in user (to the user, and to its agency) under a button in the
// header: how many are new, and the list, newest first, in the page's language. Opening the
// list marks them seen. The list also sets the language the user's notices are e-mailed in,
// which is the user's, not the page's: Persian unless the user chose English. A notice links to
// what it tells of where the reader's page shows that.

import { api, currentUser, openingAddress } from './session.js';
import { h } from './page.js';
import { lang, onLanguage, t, num, dateTime } from './i18n.js';

const REFRESH_MS = 60_000;

/** The notice's subject, as a link to what it tells of when the reader's page shows that. */
function subject(notice, close) {
  const address = openingAddress(currentUser().role, notice.about);
  if (!address) return h('strong', {}, notice.subject);
  const hash = address.slice(address.indexOf('#'));
  return h('a', {
    href: address,
    class: 'notice-about',
    onclick: () => {
      close();
      // The same link again changes no address: open it all the same.
      if (location.hash === hash) window.dispatchEvent(new HashChangeEvent('hashchange'));
    },
  }, h('strong', {}, notice.subject));
}

export function initNotices() {
  const count = h('span', { class: 'notices-count', hidden: true });
  const label = h('span', { 'data-i18n': 'notices.title' }, t('notices.title'));
  const button = h('button', { id: 'notices', type: 'button', 'aria-expanded': 'false' }, label, ' ', count);
  const list = h('ol', { class: 'notices-list' });
  const older = h('button', { type: 'button', class: 'notices-older', hidden: true, 'data-i18n': 'notices.older' },
    t('notices.older'));
  const emailed = h('select', { id: 'notices-language' },
    h('option', { value: 'fa' }, 'فارسی'), h('option', { value: 'en' }, 'English'));
  const closer = h('button', { type: 'button', class: 'notices-close', 'aria-label': t('notices.close'),
    title: t('notices.close'), 'data-i18n-aria-label': 'notices.close', 'data-i18n-title': 'notices.close' }, '×');
  const panel = h('section', { id: 'notices-panel', class: 'notices-panel', hidden: true },
    h('div', { class: 'notices-head' }, h('h2', { 'data-i18n': 'notices.title' }, t('notices.title')), closer),
    h('label', { class: 'notices-emailed' }, h('span', { 'data-i18n': 'notices.emailedIn' }, t('notices.emailedIn')),
      ' ', emailed),
    list, older);
  document.getElementById('user').before(button);
  document.body.append(panel);

  let next = null;
  const show = (shown) => {
    panel.hidden = !shown;
    button.setAttribute('aria-expanded', String(shown));
  };
  const close = () => show(false);
  const showCount = (unread) => {
    count.textContent = unread >= 1000 ? `${num(999)}+` : num(unread);
    count.hidden = unread === 0;
  };
  const refresh = () => api(`/api/v1/notifications?limit=1&language=${lang()}`)
    .then((inbox) => showCount(inbox.unread)).catch(() => {});
  const load = async (path, append) => {
    const inbox = await api(path);
    if (!append) list.replaceChildren();
    if (!append && inbox.items.length === 0) list.append(h('li', { class: 'empty' }, t('notices.none')));
    for (const notice of inbox.items) {
      list.append(h('li', { class: notice.unread ? 'unread' : null, dataset: { kind: notice.kind } },
        subject(notice, close), h('time', {}, dateTime(notice.at)), h('p', {}, notice.body)));
    }
    next = inbox.next;
    older.hidden = !next;
    if (!append && inbox.items.length > 0 && inbox.unread > 0) {
      await api('/api/v1/notifications/seen', { method: 'POST', json: { through: inbox.items[0].id } });
      showCount(0);
    }
  };
  const open = () => {
    api('/api/v1/me').then((me) => { emailed.value = me.language; }).catch(() => {});
    return load(`/api/v1/notifications?language=${lang()}`, false).catch(() => {});
  };

  button.addEventListener('click', () => {
    show(panel.hidden);
    if (!panel.hidden) open();
  });
  // Closed by its own button too (on a narrow window it covers the header's), or by Escape.
  closer.addEventListener('click', () => {
    close();
    button.focus();
  });
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || panel.hidden) return;
    close();
    button.focus();
  });
  older.addEventListener('click', () => next && load(next.replace(/language=\w+/, `language=${lang()}`), true));
  onLanguage(() => {
    if (!panel.hidden) open();
  });
  emailed.addEventListener('change', () => {
    api('/api/v1/me/language', { method: 'PUT', json: { language: emailed.value } }).catch(() => {});
  });
  refresh();
  setInterval(refresh, REFRESH_MS);
}
