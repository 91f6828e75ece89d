// Tabs over lists: <div class="tabs"><button data-tab="…"></button>…</div>, each tab a list
// read a page at a time, with a "more" footer: <div class="more"><span></span><button></button></div>.

import { api, download } from './session.js';
import { t, num } from './i18n.js';
import { showProblem, clear } from './page.js';

/** Rows a list page asks the API for. */
export const PAGE_SIZE = 100;

/** Wires the tab buttons; labels(key) gives each tab's label key, counts its count. */
export function tabs(element, onSelect) {
  let selected = element.querySelector('button.active').dataset.tab;
  // Which tab is chosen is said by aria-pressed too, not by its colour alone.
  const choose = (chosen) => element.querySelectorAll('button').forEach((b) => {
    b.classList.toggle('active', b === chosen);
    b.setAttribute('aria-pressed', String(b === chosen));
  });
  choose(element.querySelector('button.active'));
  element.querySelectorAll('button').forEach((button) => button.addEventListener('click', () => {
    selected = button.dataset.tab;
    choose(button);
    onSelect(selected);
  }));
  return {
    selected: () => selected,
    label(prefix, counts) {
      element.querySelectorAll('button').forEach((button) => {
        button.textContent = `${t(`${prefix}.${button.dataset.tab}`)} (${num(counts[button.dataset.tab] || 0)})`;
      });
    },
  };
}

/** Sums an API's counts by state ({"OPEN": 3, …}) into each tab's, given each tab's states. */
export function tabCounts(counts, states) {
  return Object.fromEntries(Object.entries(states).map(([tab, of]) => [tab, of.reduce((sum, s) => sum + (counts[s] || 0), 0)]));
}

/**
 * A list the API gives a page at a time ({"items": [...], "next": …}): load(address) starts
 * it over; the footer's button adds the next page, then calls render (a failure is shown in
 * message). A page that arrives after the list was started over is dropped, so a tab shows
 * only its own rows however quickly tabs are switched.
 */
export function pagedList(footer, message, render) {
  let items = [];
  let next = null;
  let generation = 0;
  async function read(address, keep) {
    const asked = ++generation;
    const page = await api(address);
    if (asked !== generation) return;
    items = keep ? items.concat(page.items) : page.items;
    next = page.next;
  }
  footer.querySelector('button').addEventListener('click', async () => {
    try {
      if (next) await read(next, true);
    } catch (error) {
      showProblem(message, error);
    }
    render();
  });
  return {
    items: () => items,
    load: (address) => read(address, false),
    /** Writes the footer while more follow: how many of total are shown (when total is known), and the button. */
    footer(total) {
      const more = next !== null;
      footer.querySelector('span').textContent = more && total != null ? t('list.shown', { shown: num(items.length), total: num(total) }) : '';
      const button = footer.querySelector('button');
      button.textContent = t('list.more');
      button.hidden = !more;
    },
  };
}

/** A button that downloads the selected tab, whole, as a spreadsheet: path() gives its address. */
export function exportButton(button, message, path) {
  button.addEventListener('click', async () => {
    try {
      await download(path());
      clear(message);
    } catch (error) {
      showProblem(message, error);
    }
  });
}
