// Decrees on Article 24 windows, on the officer's page: extend, pause or resume every open window
// of an agency, of a layer or of the applications in a region drawn on the map (or typed)
// (POST /api/v1/decrees), and the latest decrees (GET). Windows already closed are not reopened;
// the agency asked and the applicant are told of each window changed.

import { api } from './session.js';
import { t, lang, num, digits, typedNumber, dateTime, agencyName, translate, byName } from './i18n.js';
import { h, showProblem, showMessage, clear } from './page.js';
import { areaStyle, writeGeometry, readGeometry } from './map.js';
import { typedIntoMap } from './corners.js';

const $ = (id) => document.getElementById(id);

const REGION_COLOUR = '#6c3483';

const ACTIONS = ['EXTEND', 'PAUSE', 'RESUME'];

function section() {
  return `
  <h2 data-i18n="decree.title"></h2>
  <p class="hint" data-i18n="decree.hint"></p>
  <form id="decree-form" novalidate>
    <label><span data-i18n="decree.action"></span><select id="decree-action"></select></label>
    <label id="decree-days-field"><span data-i18n="decree.days"></span>
      <input type="text" inputmode="numeric" dir="ltr" id="decree-days" value="30"></label>
    <label><span data-i18n="decree.scope"></span><select id="decree-scope"></select></label>
    <div id="decree-region-field" hidden>
      <p class="hint" data-i18n="decree.regionHint"></p>
      <div class="buttons">
        <button type="button" id="decree-draw" data-i18n="decree.draw"></button>
        <button type="button" id="decree-clear" data-i18n="decree.clear"></button>
      </div>
      <details id="decree-corners-box"></details>
      <p id="decree-drawn" class="summary" role="status"></p>
    </div>
    <label><span data-i18n="decree.reason"></span><input type="text" id="decree-reason"></label>
    <label><span data-i18n="decree.reference"></span><input type="text" id="decree-reference"></label>
    <div class="buttons"><button type="submit" id="decree-issue" class="primary" data-i18n="decree.issue"></button></div>
  </form>
  <div id="decree-message" class="message" hidden></div>
  <h3 data-i18n="decree.latest"></h3>
  <ul id="decrees" class="decrees"></ul>`;
}

/**
 * Fills the officer page's decrees section. The scopes offered are the agencies that own layers
 * needing an inquiry, those layers, and a region drawn on the map. onDraw is called when the user
 * starts drawing here, so that the page stops any other drawing; the result's stopDrawing() does
 * the reverse.
 */
export function decrees(cadastre, { onDraw = () => {} } = {}) {
  $('decree-section').innerHTML = section();
  translate($('decree-section'));
  const catalogue = cadastre.catalogue;
  const asked = catalogue.filter((layer) => layer.consequences.includes('INQUIRY') && layer.ownerAgency);
  const agencies = [...new Set(asked.map((layer) => layer.ownerAgency))];
  let latest = [];

  const regionSource = cadastre.overlay('decree-region', areaStyle(REGION_COLOUR, { fill: 0.08, width: 2.5, dash: [10, 6] }));
  const { draw } = cadastre.drawing(regionSource);
  regionSource.on('addfeature', () => render());

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
    const body = { action, reason: $('decree-reason').value.trim(), reference: $('decree-reference').value.trim() };
    if (kind === 'region') {
      const region = regionSource.getFeatures()[0];
      if (!region) {
        showMessage($('decree-message'), t('decree.drawFirst'), 'error');
        return;
      }
      body.region = writeGeometry(region.getGeometry());
    } else {
      body[kind] = id;
    }
    if (action === 'EXTEND') body.days = typedNumber($('decree-days').value);
    try {
      const issued = await api('/api/v1/decrees', { method: 'POST', json: body });
      showMessage($('decree-message'), t('decree.done', { id: digits(issued.id), affected: num(issued.affected) }), 'success');
      $('decree-reason').value = '';
      $('decree-reference').value = '';
      regionSource.clear();
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
      ...[...agencies].sort(byName(agencyName)).map((agency) => h('option', { value: `agency:${agency}`, selected: chosenScope === `agency:${agency}` }, agencyName(agency))),
      ...asked.map((layer) => h('option', { value: `layer:${layer.id}`, selected: chosenScope === `layer:${layer.id}` }, layerTitle(layer.id))),
      h('option', { value: 'region', selected: chosenScope === 'region' }, t('decree.drawnRegion')));
    $('decree-region-field').hidden = scopeSelect.value !== 'region';
    $('decree-drawn').textContent = regionSource.getFeatures().length ? t('decree.drawn') : '';
    $('decrees').replaceChildren(...(latest.length ? latest.map((decree) => h('li', {
      dataset: { decree: decree.id },
      class: decree.region ? 'selectable' : null,
      tabindex: decree.region ? 0 : null,
      onclick: decree.region ? () => showRegion(decree) : null,
    },
      h('strong', {}, t('decree.item', {
        reference: decree.reference, scope: scope(decree), affected: num(decree.affected),
        did: t(`decree.did.${decree.action}`, { days: num(decree.days || 0) }),
      })),
      h('p', {}, `${decree.reason} · ${decree.issuedBy} · ${dateTime(decree.issuedAt)}`)))
      : [h('li', { class: 'hint' }, t('decree.none'))]));
  }

  /** A decree's region on the map, in place of any drawing. */
  function showRegion(decree) {
    stopDrawing();
    cadastre.show(regionSource, decree.region);
    cadastre.fitTo(readGeometry(decree.region).getExtent());
  }

  function stopDrawing() {
    draw.setActive(false);
  }

  $('decree-action').addEventListener('change', render);
  $('decree-scope').addEventListener('change', render);
  $('decree-draw').addEventListener('click', () => {
    onDraw();
    clear($('decree-message'));
    regionSource.clear();
    draw.setActive(true);
    render();
  });
  $('decree-clear').addEventListener('click', () => {
    regionSource.clear();
    render();
  });
  // The region typed corner by corner (a keyboard's alternative to drawing it), then editable on
  // the map as a drawn one.
  typedIntoMap($('decree-corners-box'), cadastre, regionSource, {
    prefix: 'decree',
    summary: 'corners.typeRegion',
    message: $('decree-message'),
    before: () => {
      onDraw();
      draw.setActive(false);
    },
  });
  $('decree-form').addEventListener('submit', issue);
  render();
  return { load, render, stopDrawing };
}
