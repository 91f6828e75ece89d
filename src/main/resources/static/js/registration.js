// Licences of the old cadastre on the officer's page: GIS staff imported their areas into the
// licences layer, where they block their land; here the officer finds those in the map's view that
// are not yet in the register, selects one, and registers it with its holder, kind, mineral and
// term (POST /api/v1/licences). From then on it lives in the register like any other licence.
// The whole register, kept as a spreadsheet, enters at once (POST /api/v1/licences/registrations),
// checked first if the officer likes; the rows not registered are listed with their reasons.

import { api } from './session.js';
import { t, lang, digits, num, typedNumber, translate, byName } from './i18n.js';
import { h, showProblem, showMessage, clear, errorLine } from './page.js';
import { areaStyle } from './map.js';

const ol = window.ol;
const $ = (id) => document.getElementById(id);

const TYPES = ['EXPLORATION', 'DISCOVERY_CERTIFICATE', 'EXPLOITATION', 'WITHDRAWAL_PERMIT'];

function section() {
  return `
  <h2 data-i18n="registration.title"></h2>
  <p class="hint" data-i18n="registration.hint"></p>
  <button type="button" id="registration-find" data-i18n="registration.find"></button>
  <div class="wide"><table class="grid" id="registration-features"><thead></thead><tbody></tbody></table></div>
  <form id="registration-form" novalidate hidden>
    <h3 id="registration-feature"></h3>
    <label><span data-i18n="registration.holder"></span><input id="registration-holder" dir="ltr"></label>
    <label><span data-i18n="registration.type"></span><select id="registration-type"></select></label>
    <label><span data-i18n="registration.mineral"></span><select id="registration-mineral"></select></label>
    <label><span data-i18n="registration.issuedOn"></span><input type="date" id="registration-issued"></label>
    <label data-for="DISCOVERY_CERTIFICATE EXPLOITATION WITHDRAWAL_PERMIT"><span data-i18n="registration.lastDay"></span>
      <input type="date" id="registration-last-day"></label>
    <label data-for="EXPLOITATION"><span data-i18n="registration.years"></span>
      <input type="text" inputmode="numeric" dir="ltr" id="registration-years"></label>
    <label data-for="DISCOVERY_CERTIFICATE"><span data-i18n="officer.life.reserve"></span>
      <input id="registration-reserve"></label>
    <div class="buttons"><button type="submit" id="registration-send" class="primary" data-i18n="registration.register"></button></div>
  </form>
  <div id="registration-message" class="message" hidden></div>
  <h3 data-i18n="registration.file.title"></h3>
  <p class="hint" data-i18n="registration.file.hint"></p>
  <form id="registration-file-form" novalidate>
    <input type="file" id="registration-file" accept=".csv,text/csv" data-i18n-aria-label="registration.file.choose">
    <label class="filter"><input type="checkbox" id="registration-new-holders"> <span data-i18n="registration.file.newHolders"></span></label>
    <div class="buttons"><button type="submit" id="registration-file-check" data-i18n="gis.checkButton"></button>
      <button type="submit" id="registration-file-send" class="primary" data-i18n="registration.file.send"></button></div>
  </form>
  <div id="registration-file-message" class="message" hidden></div>
  <div id="registration-file-report"></div>`;
}

/** The rows of a register sent as a file that were not registered, each with its reason. */
function fileReport(report) {
  const counts = { registered: num(report.registered), already: num(report.alreadyRegistered), refused: num(report.refused) };
  const left = report.results.filter((r) => r.outcome !== 'registered');
  const reason = (problem) => [digits(problem.detail), ...(problem.errors || []).map((item) => errorLine(item, true))].join(' ');
  const holders = { count: num(report.newHolders.length), names: report.newHolders.join(lang() === 'fa' ? '، ' : ', ') };
  return [h('div', { class: `message ${report.dryRun ? 'warning' : 'success'}`, id: 'registration-file-summary' },
    t(report.dryRun ? 'registration.file.checked' : 'registration.file.done', counts)),
  report.newHolders.length ? h('p', { id: 'registration-file-new-holders' },
    t(report.dryRun ? 'registration.file.newHolders.checked' : 'registration.file.newHolders.done', holders)) : '',
  left.length ? h('table', { class: 'grid', id: 'registration-file-rows' },
    h('thead', {}, h('tr', {}, ['row', 'externalId', 'outcome', 'reason'].map((c) => h('th', {}, t(`registration.file.column.${c}`))))),
    h('tbody', {}, left.map((r) => h('tr', { dataset: { row: r.row, outcome: r.outcome } },
      h('td', {}, num(r.row)), h('td', {}, r.externalId || digits(r.featureId ?? '')),
      h('td', {}, t(`registration.file.${r.outcome}`)), h('td', {}, reason(r.problem)))))) : ''];
}

/**
 * Fills the officer page's "Licences of the old cadastre" section. minerals is the catalogue;
 * onRegistered(licence) is called with each licence registered, onRegistered(null) after a file
 * registered some.
 */
export function oldLicences(cadastre, minerals, onRegistered) {
  $('registration-section').innerHTML = section();
  translate($('registration-section'));
  const featureSource = cadastre.overlay('registration', areaStyle('#7b241c', { fill: 0.15, width: 2.5, dash: [4, 4] }));
  let features = [];
  let selected = null;

  /** The licences layer's features in the map's view that no licence of the register holds. */
  async function find() {
    clear($('registration-message'));
    const extent = ol.proj.transformExtent(cadastre.map.getView().calculateExtent(), 'EPSG:3857', 'EPSG:4326');
    const bbox = extent.map((v) => v.toFixed(6)).join(',');
    try {
      const collection = await api(`/api/v1/layers/licences/features?bbox=${bbox}&limit=1000`);
      features = collection.features.filter((f) => !f.properties.licenceId);
    } catch (error) {
      showProblem($('registration-message'), error);
      return;
    }
    if (!features.length) showMessage($('registration-message'), t('registration.none'));
    render();
  }

  function select(feature) {
    selected = feature;
    clear($('registration-message'));
    cadastre.show(featureSource, feature.geometry);
    cadastre.fitTo(featureSource.getExtent());
    render();
  }

  async function register(event) {
    event.preventDefault();
    clear($('registration-message'));
    const type = $('registration-type').value;
    const value = (id) => $(id).value.trim() || null;
    const body = {
      featureId: Number(selected.id), holder: value('registration-holder'), type,
      mineral: $('registration-mineral').value, issuedOn: value('registration-issued'),
    };
    if (type !== 'EXPLORATION') body.lastDay = value('registration-last-day');
    if (type === 'EXPLOITATION') body.termYears = typedNumber($('registration-years').value);
    if (type === 'DISCOVERY_CERTIFICATE' && value('registration-reserve')) body.reserve = value('registration-reserve');
    try {
      const licence = await api('/api/v1/licences', { method: 'POST', json: body });
      features = features.filter((f) => f !== selected);
      selected = null;
      featureSource.clear();
      render();
      showMessage($('registration-message'), t('registration.done', { number: digits(licence.number) }), 'success');
      await onRegistered(licence);
    } catch (error) {
      showProblem($('registration-message'), error);
    }
  }

  function showFields() {
    const type = $('registration-type').value;
    $('registration-form').querySelectorAll('[data-for]').forEach((el) => { el.hidden = !el.dataset.for.split(' ').includes(type); });
  }

  function render() {
    $('registration-features').querySelector('thead').replaceChildren(h('tr', {},
      ['externalId', 'name'].map((c) => h('th', {}, t(`registration.column.${c}`)))));
    $('registration-features').querySelector('tbody').replaceChildren(...features.map((feature) => h('tr', {
      class: `selectable${selected === feature ? ' selected' : ''}`, dataset: { id: feature.id },
      'aria-current': selected === feature ? 'true' : null,
      tabindex: 0,
      onclick: () => select(feature),
    }, h('td', {}, feature.properties.externalId || ''),
    h('td', {}, (lang() === 'fa' && feature.properties.nameFa) || feature.properties.name || ''))));
    const type = $('registration-type');
    const chosenType = type.value || 'EXPLORATION';
    type.replaceChildren(...TYPES.map((code) => h('option', { value: code, selected: code === chosenType }, t(`licenceType.${code}`))));
    const mineral = $('registration-mineral');
    const chosenMineral = mineral.value;
    const name = (m) => (lang() === 'fa' ? m.nameFa : m.name);
    const licensable = minerals.filter((m) => m.mineralClass <= 2 && m.ministryRules).sort(byName(name));
    mineral.replaceChildren(...licensable.map((m) => h('option',
      { value: m.code, selected: m.code === chosenMineral }, name(m))));
    $('registration-form').hidden = !selected;
    if (selected) $('registration-feature').textContent = t('registration.feature', { id: selected.properties.externalId || selected.id });
    showFields();
  }

  async function registerFile(event) {
    event.preventDefault();
    clear($('registration-file-message'));
    $('registration-file-report').replaceChildren();
    const file = $('registration-file').files[0];
    if (!file) {
      showMessage($('registration-file-message'), t('applicant.chooseFile'), 'error');
      return;
    }
    const form = new FormData();
    form.append('file', file);
    const dryRun = event.submitter?.id === 'registration-file-check';
    if (dryRun) form.append('dryRun', 'true');
    if ($('registration-new-holders').checked) form.append('newHolders', 'true');
    $('registration-file-check').disabled = $('registration-file-send').disabled = true;
    try {
      const report = await api('/api/v1/licences/registrations', { method: 'POST', form });
      $('registration-file-report').replaceChildren(...fileReport(report));
      if (!dryRun && report.registered) await onRegistered(null);
    } catch (error) {
      showProblem($('registration-file-message'), error);
    } finally {
      $('registration-file-check').disabled = $('registration-file-send').disabled = false;
    }
  }

  $('registration-find').addEventListener('click', find);
  $('registration-file-form').addEventListener('submit', registerFile);
  $('registration-type').addEventListener('change', showFields);
  $('registration-form').addEventListener('submit', register);
  render();
  return { render };
}
