// Decrees on Article 24 windows, on the officer's page: extend, pause or resume every open window
// of an agency or of a layer (POST /api/v1/decrees), and the latest decrees (GET). Windows already
// closed are not reopened; the agency asked and the applicant are told of each window changed.

import { api } from './session.js';
import { t, lang, num, digits, dateTime, agencyName, translate } from './i18n.js';
import { h, showProblem, showMessage, clear } from './page.js';

const $ = (id) => document.getElementById(id);

const ACTIONS = ['EXTEND', 'PAUSE', 'RESUME'];

function section() {
  return `
  <h2 data-i18n="decree.title"></h2>
  <p class="hint" data-i18n="decree.hint"></p>
  <form id="decree-form" novalidate>
    <label><span data-i18n="decree.action"></span><select id="decree-action"></select></label>
    <label id="decree-days-field"><span data-i18n="decree.days"></span>
      <input type="number" id="decree-days" min="1" max="365" step="1" value="30"></label>
    <label><span data-i18n="decree.scope"></span><select id="decree-scope"></select></label>
    <label><span data-i18n="decree.reason"></span><input type="text" id="decree-reason"></label>
    <label><span data-i18n="decree.reference"></span><input type="text" id="decree-reference"></label>
    <div class="buttons"><button type="submit" id="decree-issue" class="primary" data-i18n="decree.issue"></button></div>
  </form>
  <div id="decree-message" class="message" hidden></div>
  <h3 data-i18n="decree.latest"></h3>
  <ul id="decrees" class="decrees"></ul>`;
}

/**
 * Fills the officer page's decrees section. catalogue is the layer catalogue: the scopes offered
 * are the agencies that own layers needing an inquiry, and those layers.
 */
export function decrees(catalogue) {
  $('decree-section').innerHTML = section();
  translate($('decree-section'));
  const asked = catalogue.filter((layer) => layer.consequences.includes('INQUIRY') && layer.ownerAgency);
  const agencies = [...new Set(asked.map((layer) => layer.ownerAgency))];
  let latest = [];

  async function load() {
    try {
      latest = await api('/api/v1/decrees');
    } catch (error) {
      showProblem($('decree-message'), error);
    }
    render();
  }

  async function issue(event) {
    event.preventDefault();
    clear($('decree-message'));
    const action = $('decree-action').value;
    const [kind, id] = $('decree-scope').value.split(':');
    const body = { action, [kind]: id, reason: $('decree-reason').value.trim(), reference: $('decree-reference').value.trim() };
    if (action === 'EXTEND') body.days = Number($('decree-days').value);
    try {
      const issued = await api('/api/v1/decrees', { method: 'POST', json: body });
      showMessage($('decree-message'), t('decree.done', { id: digits(issued.id), affected: num(issued.affected) }), 'success');
      $('decree-reason').value = '';
      $('decree-reference').value = '';
      await load();
    } catch (error) {
      showProblem($('decree-message'), error);
    }
  }

  function layerTitle(id) {
    const layer = catalogue.find((l) => l.id === id);
    return layer ? (lang() === 'fa' ? layer.titleFa : layer.title) : id;
  }

  function scope(decree) {
    if (decree.agency) return agencyName(decree.agency);
    if (decree.layer) return layerTitle(decree.layer);
    return t('decree.region');
  }

  function render() {
    const action = $('decree-action');
    const chosen = action.value || 'EXTEND';
    action.replaceChildren(...ACTIONS.map((code) => h('option', { value: code, selected: code === chosen }, t(`decree.action.${code}`))));
    $('decree-days-field').hidden = chosen !== 'EXTEND';
    const scopeSelect = $('decree-scope');
    const chosenScope = scopeSelect.value;
    scopeSelect.replaceChildren(
      ...agencies.map((agency) => h('option', { value: `agency:${agency}`, selected: chosenScope === `agency:${agency}` }, agencyName(agency))),
      ...asked.map((layer) => h('option', { value: `layer:${layer.id}`, selected: chosenScope === `layer:${layer.id}` }, layerTitle(layer.id))));
    $('decrees').replaceChildren(...(latest.length ? latest.map((decree) => h('li', { dataset: { decree: decree.id } },
      h('strong', {}, t('decree.item', {
        reference: decree.reference, scope: scope(decree), affected: num(decree.affected),
        did: t(`decree.did.${decree.action}`, { days: num(decree.days || 0) }),
      })),
      h('p', {}, `${decree.reason} · ${decree.issuedBy} · ${dateTime(decree.issuedAt)}`)))
      : [h('li', { class: 'hint' }, t('decree.none'))]));
  }

  $('decree-action').addEventListener('change', render);
  $('decree-form').addEventListener('submit', issue);
  render();
  return { load, render };
}
