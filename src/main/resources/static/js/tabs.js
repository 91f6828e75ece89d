// Tabs over lists: <div class="tabs"><button data-tab="…"></button>…</div>.

import { t, num } from './i18n.js';

/** Wires the tab buttons; labels(key) gives each tab's label key, counts its count. */
export function tabs(element, onSelect) {
  let selected = element.querySelector('button.active').dataset.tab;
  element.querySelectorAll('button').forEach((button) => button.addEventListener('click', () => {
    selected = button.dataset.tab;
    element.querySelectorAll('button').forEach((b) => b.classList.toggle('active', b === button));
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
