// The GIS staff's page: the layers with feature counts and versions, each to take away as a file
// (as it is, or as a version stood), importing a file with its report, and publication to
// GeoServer with its status.

import { api, download } from './session.js';
import { t, lang, onLanguage, num, dateTime, digits, agencyName } from './i18n.js';
import { initPage, h, showProblem, showMessage, clear, focusOpened } from './page.js';
import { createMap } from './map.js';
import { layerImports } from './imports.js';

const $ = (id) => document.getElementById(id);

initPage('GIS_ADMIN');
const cadastre = await createMap('map', $('legend'));

let layers = cadastre.catalogue;
const imports = layerImports({
  heading: 'gis.import',
  onImported: async (report) => {
    await loadLayers();
    await showVersions(report.layer);
    cadastre.refreshTiles(report.layer);
  },
});
let versionsOf = null;
let versions = [];
let publication = null;

function title(layer) {
  return lang() === 'fa' ? layer.titleFa : layer.title;
}

async function loadLayers() {
  layers = await api('/api/v1/layers');
  renderLayers();
}

function renderLayers() {
  $('layers').querySelector('thead').replaceChildren(h('tr', {},
    ['title', 'agency', 'features'].map((c) => h('th', {}, t(`gis.column.${c}`)))));
  $('layers').querySelector('tbody').replaceChildren(...layers.map((layer) => h('tr', {
    class: `selectable${versionsOf === layer.id ? ' selected' : ''}`, dataset: { layer: layer.id },
    'aria-current': versionsOf === layer.id ? 'true' : null,
    tabindex: 0,
    onclick: () => showVersions(layer.id).then(() => focusOpened($('versions-title'))),
  },
  h('td', {}, title(layer), h('div', { class: 'hint' }, h('span', { dir: 'ltr' }, layer.id), ' · ',
    layer.consequences.map((c) => t(`consequence.${c}`)).join(', '))),
  h('td', {}, agencyName(layer.ownerAgency)),
  h('td', { class: 'number' }, num(layer.featureCount)))));
  imports.render(layers.filter((layer) => layer.id !== 'applications'));
}

async function showVersions(layerId) {
  versionsOf = layerId;
  versions = await api(`/api/v1/layers/${layerId}/versions`);
  renderLayers();
  renderVersions();
  const layer = layers.find((l) => l.id === layerId);
  if (layer && layer.bbox) cadastre.fit(layer.bbox);
}

function renderVersions() {
  if (!versionsOf) return;
  const layer = layers.find((l) => l.id === versionsOf);
  $('versions-box').hidden = false;
  $('versions-title').textContent = t('gis.versionsOf', { layer: layer ? title(layer) : versionsOf });
  $('versions').querySelector('thead').replaceChildren(h('tr', {},
    ['version', 'when', 'by', 'source', 'mode', 'features'].map((c) => h('th', {}, t(`gis.version.${c}`)))));
  const rows = versions.map((v) => h('tr', { class: v.latest ? 'selected' : '' },
    h('td', {}, digits(v.version), v.latest ? ` (${t('gis.latest')})` : '',
      h('div', {}, h('button', { type: 'button', class: 'download', title: t('gis.download.versionTitle'), onclick: () => downloadLayer(v.version) },
        t('gis.download.version')),
      v.report ? h('button', { type: 'button', class: 'report', title: t('gis.report.buttonTitle'), onclick: () => imports.showReport(v) },
        t('gis.report.button')) : '')),
    h('td', {}, dateTime(v.createdAt)),
    h('td', {}, v.createdBy),
    h('td', { dir: 'ltr' }, v.source),
    h('td', {}, v.mode ? t(`gis.${v.mode}`) : '—'),
    h('td', { class: 'number' }, num(v.featureCount))));
  $('versions').querySelector('tbody').replaceChildren(...(rows.length ? rows
    : [h('tr', { class: 'empty' }, h('td', { colspan: 6 }, t('gis.noVersions')))]));
}

/** The chosen layer, as it is or as a version stood, in the chosen format. */
async function downloadLayer(version) {
  clear($('download-message'));
  const at = version ? `&version=${version}` : '';
  try {
    await download(`/api/v1/layers/${versionsOf}/download?format=${$('download-format').value}${at}`);
  } catch (error) {
    showProblem($('download-message'), error);
  }
}
$('download-current').addEventListener('click', () => downloadLayer(null));

/**
 * Publication: GeoServer's workspace and WMS capabilities, then each layer (published, style,
 * when and by whom, tiles still to truncate); after a publication, its steps.
 */
function renderPublication() {
  const box = $('publication-status');
  if (!publication) {
    box.replaceChildren(h('p', { class: 'hint' }, t('gis.noPublication')));
    return;
  }
  const facts = [];
  if (publication.configured === false) facts.push(h('p', { class: 'message warning' }, t('gis.pub.notConfigured')));
  const dl = [['workspace', publication.workspace], ['layerGroup', publication.layerGroup], ['capabilities', publication.capabilities]]
    .filter(([, value]) => value)
    .flatMap(([key, value]) => [h('dt', {}, t(`gis.pub.${key}`)), h('dd', { dir: 'ltr' }, key === 'capabilities' ? h('a', { href: value }, value) : value)]);
  const rows = (publication.layers || []).map((layer) => h('tr', { dataset: { layer: layer.layer } },
    h('td', { dir: 'ltr' }, layer.geoserverLayer || layer.layer),
    h('td', {}, layer.published ? t('yes') : t('no')),
    h('td', {}, layer.publishedAt ? `${dateTime(layer.publishedAt)} · ${layer.publishedBy || ''}` : '—'),
    h('td', {}, layer.lastTruncationError ? h('span', { class: 'error-text' }, layer.lastTruncationError)
      : (layer.pendingTruncations ? t('gis.pub.pending', { count: num(layer.pendingTruncations) }) : (layer.published ? '✓' : '—')))));
  const table = rows.length ? h('table', { class: 'grid' },
    h('thead', {}, h('tr', {}, ['layer', 'published', 'when', 'tiles'].map((c) => h('th', {}, t(`gis.pub.${c}`))))),
    h('tbody', {}, rows)) : null;
  const steps = (publication.steps || []).length ? [h('h3', {}, t('gis.pub.steps')),
    h('ul', { class: 'steps' }, publication.steps.map((step) => h('li', {}, `${step.resource}: ${step.action}`)))] : [];
  box.replaceChildren(...facts, h('dl', { class: 'facts' }, dl), table, ...steps);
}

async function loadPublication() {
  clear($('publication-message'));
  try {
    publication = await api('/api/v1/publication');
  } catch (error) {
    publication = null;
    if (error.status !== 404) showProblem($('publication-message'), error);
  }
  renderPublication();
}

$('publish').addEventListener('click', async () => {
  clear($('publication-message'));
  $('publish').disabled = true;
  try {
    publication = await api('/api/v1/publication', { method: 'POST' });
    showMessage($('publication-message'), t('gis.published'), 'success');
    renderPublication();
  } catch (error) {
    showProblem($('publication-message'), error);
  } finally {
    $('publish').disabled = false;
  }
});
$('publication-refresh').addEventListener('click', loadPublication);

onLanguage(() => {
  renderLayers();
  renderVersions();
  imports.render();
  renderPublication();
});
renderLayers();
await loadPublication();
document.body.dataset.pageReady = 'true';
