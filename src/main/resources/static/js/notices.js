// The notices of the signed-in user (to the user, and to its agency) under a button in the
// header: how many are new, and the list, newest first, in the page's language. Opening the
// list marks them seen. The list also sets the language the user's notices are e-mailed in,
// which is the user's, not the page's: Persian unless the user chose English.

import { api } from './session.js';
import { h } from './page.js';
import { lang, onLanguage, t, num, dateTime } from './i18n.js';

const REFRESH_MS = 60_000;

export function initNotices() {
  const count = h('span', { class: 'notices-count', hidden: true });
  const label = h('span', { 'data-i18n': 'notices.title' }, t('notices.title'));
  const button = h('button', { id: 'notices', type: 'button', 'aria-expanded': 'false' }, label, ' ', count);
  const list = h('ol', { class: 'notices-list' });
  const older = h('button', { type: 'button', class: 'notices-older', hidden: true, 'data-i18n': 'notices.older' },
    t('notices.older'));
  const emailed = h('select', { id: 'notices-language' },
    h('option', { value: 'fa' }, 'فارسی'), h('option', { value: 'en' }, 'English'));
  const panel = h('section', { id: 'notices-panel', class: 'notices-panel', hidden: true },
    h('h2', { 'data-i18n': 'notices.title' }, t('notices.title')),
    h('label', { class: 'notices-emailed' }, h('span', { 'data-i18n': 'notices.emailedIn' }, t('notices.emailedIn')),
      ' ', emailed),
    list, older);
  document.getElementById('user').before(button);
  document.body.append(panel);

  let next = null;
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
        h('strong', {}, notice.subject), h('time', {}, dateTime(notice.at)), h('p', {}, notice.body)));
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
    panel.hidden = !panel.hidden;
    button.setAttribute('aria-expanded', String(!panel.hidden));
    if (!panel.hidden) open();
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
