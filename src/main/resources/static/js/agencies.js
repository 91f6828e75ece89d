// How each agency keeps to Article 24, on the officer's page (every agency) and the reviewer's (its
// own): of the inquiries notified in a period, how many are open (and closing soon), answered and
// how, or left to lapse into deemed consent, and the median days an answer took
// (GET /api/v1/inquiries/by-agency).

import { api } from './session.js';
import { t, num, agencyName, translate, byName } from './i18n.js';
import { h, showProblem, clear } from './page.js';

const $ = (id) => document.getElementById(id);

const COLUMNS = ['agency', 'open', 'consented', 'objected', 'deemedConsent', 'medianDaysToAnswer'];

/** The periods offered: the last days, today included, by the service's clock; or every inquiry. */
const PERIODS = [null, 30, 365];

function section() {
  return `
  <h2 data-i18n="agencies.title"></h2>
  <p class="hint" data-i18n="agencies.hint"></p>
  <label><span data-i18n="agencies.period"></span><select id="agencies-period"></select></label>
  <div class="wide"><table class="grid" id="agencies"><thead></thead><tbody></tbody></table></div>
  <div id="agencies-message" class="message" hidden></div>`;
}

/** Fills a page's section on the agencies' Article 24 figures: those the user may see. */
export function agencyFigures() {
  $('agencies-section').innerHTML = section();
  translate($('agencies-section'));
  let figures = [];

  async function load() {
    clear($('agencies-message'));
    const days = PERIODS[Number($('agencies-period').value || 0)];
    try {
      figures = await api(`/api/v1/inquiries/by-agency${days ? `?days=${days}` : ''}`);
    } catch (error) {
      showProblem($('agencies-message'), error);
    }
    render();
  }

  function cell(row, column) {
    switch (column) {
      case 'agency': return agencyName(row.agency);
      case 'open': return row.dueSoon ? t('agencies.openDueSoon', { open: num(row.open), soon: num(row.dueSoon) }) : num(row.open);
      case 'objected': return t('agencies.objections', { objected: num(row.objected), partially: num(row.partiallyObjected) });
      case 'medianDaysToAnswer': return row.medianDaysToAnswer == null ? '—' : num(row.medianDaysToAnswer, 1);
      default: return num(row[column]);
    }
  }

  function render() {
    const period = $('agencies-period');
    const chosen = period.value || '0';
    period.replaceChildren(...PERIODS.map((days, i) => h('option', { value: i, selected: String(i) === chosen },
      days ? t('agencies.lastDays', { days: num(days) }) : t('agencies.allTime'))));
    $('agencies').querySelector('thead').replaceChildren(h('tr', {},
      COLUMNS.map((c) => h('th', { class: c === 'agency' ? null : 'number' }, t(`agencies.column.${c}`)))));
    $('agencies').querySelector('tbody').replaceChildren(...(figures.length
      ? [...figures].sort(byName((row) => agencyName(row.agency))).map((row) => h('tr', { dataset: { agency: row.agency }, class: row.deemedConsent ? 'lapsed' : null },
        COLUMNS.map((c) => h('td', { class: c === 'agency' ? null : 'number', dataset: { column: c } }, cell(row, c)))))
      : [h('tr', { class: 'empty' }, h('td', { colspan: COLUMNS.length }, t('agencies.none')))]));
  }

  $('agencies-period').addEventListener('change', load);
  render();
  return { load, render };
}
