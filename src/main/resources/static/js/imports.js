// Importing a file into a layer (POST /api/v1/layers/{layer}/imports) and the import's report: on
// the GIS staff's page into any layer, on a reviewer's page into its agency's own (Art. 24: the
// agencies tell the ministry their legal boundaries).

import { api, download } from './session.js';
import { t, lang, num, digits, dateTime, translate } from './i18n.js';
import { h, showProblem, showMessage, clear } from './page.js';

const $ = (id) => document.getElementById(id);
const SHOWN = 50; // findings of each kind shown at first
const EARLIER = 5; // earlier imports offered, newest first

function section(heading, hint, history) {
  return `
  <h2 data-i18n="${heading}"></h2>
  ${hint ? `<p class="hint" data-i18n="${hint}"></p>` : ''}
  <form id="import">
    <label><span data-i18n="gis.layer"></span> <select id="import-layer"></select></label>
    <label><span data-i18n="gis.mode"></span>
      <select id="import-mode"><option value="replace" data-i18n="gis.replace"></option><option value="append" data-i18n="gis.append"></option></select></label>
    <label><span data-i18n="gis.srid"></span>
      <select id="import-srid"><option value="" data-i18n="gis.sridFromFile"></option><option value="4326">WGS 84 (EPSG:4326)</option>
      <option value="32638">UTM 38N</option><option value="32639">UTM 39N</option><option value="32640">UTM 40N</option><option value="32641">UTM 41N</option></select></label>
    <label><span data-i18n="gis.file"></span>
      <input type="file" id="import-file" accept=".geojson,.json,.zip,.gpkg,.kml,.kmz"></label>
    <div class="buttons"><button type="submit" id="import-button" class="primary" data-i18n="gis.importButton"></button>
      <button type="submit" id="check-button" data-i18n="gis.checkButton" data-i18n-title="gis.checkButtonTitle"></button></div>
  </form>
  ${history ? '<div id="import-history"></div>' : ''}
  <div id="import-message" class="message" hidden></div>
  <div id="import-report"></div>`;
}

/**
 * Fills the page's #import-section. heading and hint are i18n keys; onImported(report) is called
 * after each import; with history, the chosen layer's latest imports are offered under the form,
 * each to read its report again (for pages that do not list a layer's versions). Returns
 * render(layers), which offers those layers (the catalogue's rows), and showReport(version), which
 * shows an earlier import's report.
 */
export function layerImports({ heading, hint, onImported, history = false }) {
  $('import-section').innerHTML = section(heading, hint, history);
  translate($('import-section'));
  let layers = [];
  let report = null;
  let earlier = []; // the chosen layer's latest imports, when history is on
  let expanded = new Set(); // the kinds of finding shown whole
  let readIn = null; // the language the shown report's reasons were read in
  let findingsPath = null; // where every finding of the shown report is taken away, when its import kept them

  /**
   * One kind of finding: the first 50, or all the report lists once asked; and when the report
   * lists fewer than there are (it lists 1,000 of each kind at most), how many it lists.
   */
  function findings(kind, items, total) {
    if (!items.length) return [];
    const shown = expanded.has(kind) ? items : items.slice(0, SHOWN);
    const more = items.length - shown.length;
    return [h('h3', {}, t(`gis.report.${kind}`)),
      h('ul', { dataset: { findings: kind } }, shown.map((f) => h('li', {}, `#${digits(f.number)}${f.id ? ` (${f.id})` : ''}: ${digits(f.reason)}`))),
      more > 0 ? h('button', { type: 'button', class: 'more', onclick: () => { expanded.add(kind); renderReport(); } },
        t('gis.report.showAll', { count: num(items.length) })) : '',
      total > items.length ? h('p', { class: 'hint' }, t('gis.report.listed', { listed: num(items.length), total: num(total) })) : ''];
  }

  function renderReport() {
    if (!report) {
      $('import-report').replaceChildren();
      return;
    }
    const counts = ['read', 'imported', 'repaired', 'rejected', 'outsideJurisdiction', 'retired'];
    $('import-report').replaceChildren(h('div', { class: `message ${report.dryRun ? 'warning' : 'success'}`, id: 'report' },
      h('strong', {}, report.dryRun ? t('gis.report.checked', { layer: report.layer })
        : t('gis.report.title', { layer: report.layer, version: digits(report.version) })),
      h('p', {}, `${report.file} · ${report.format} · EPSG:${digits(report.sourceSrid)} · ${t(`gis.${report.mode}`)}`),
      h('dl', { class: 'facts' }, counts.flatMap((c) => [h('dt', {}, t(`gis.report.${c}`)), h('dd', { dataset: { count: c } }, num(report[c]))])),
      findings('repairs', report.repairs || [], report.repaired), findings('rejections', report.rejections || [], report.rejected),
      findings('pendingOverlaps', report.pendingOverlaps || [], 0),
      findingsPath && (report.repaired || report.rejected || report.pendingOverlaps?.length)
        ? h('button', { type: 'button', class: 'findings', title: t('gis.report.findingsTitle'), onclick: downloadFindings },
          t('gis.report.findings')) : ''));
  }

  async function downloadFindings() {
    try {
      await download(findingsPath);
    } catch (error) {
      showProblem($('import-message'), error);
    }
  }

  async function loadHistory() {
    if (!history) return;
    const layer = $('import-layer').value;
    try {
      earlier = layer ? (await api(`/api/v1/layers/${layer}/versions`)).filter((v) => v.report).slice(0, EARLIER) : [];
    } catch (error) {
      earlier = [];
      showProblem($('import-message'), error);
    }
    renderHistory();
  }

  function renderHistory() {
    if (!history) return;
    $('import-history').replaceChildren(...(earlier.length ? [h('h3', {}, t('gis.earlierImports')),
      h('ul', { class: 'earlier' }, earlier.map((v) => h('li', { dataset: { version: v.version } },
        `${t('gis.version.version')} ${digits(v.version)} · ${dateTime(v.createdAt)} · `, h('span', { dir: 'ltr' }, v.source), ' ',
        h('button', { type: 'button', class: 'report', title: t('gis.report.buttonTitle'), onclick: () => showReport(v) },
          t('gis.report.button')))))] : []));
  }

  function render(offered = layers) {
    layers = offered;
    const select = $('import-layer');
    const chosen = select.value;
    select.replaceChildren(...layers.map((layer) => h('option', { value: layer.id },
      `${lang() === 'fa' ? layer.titleFa : layer.title} (${layer.id})`)));
    if (chosen) select.value = chosen;
    // The page's language changed: the reasons are read again in it (a dry run's cannot be).
    if (report && !report.dryRun && readIn !== lang()) {
      showReport({ report: `/api/v1/layers/${report.layer}/versions/${report.version}/report`, findings: findingsPath }, false);
    }
    else renderReport();
    if (select.value !== chosen) loadHistory();
    else renderHistory();
  }

  $('import-layer').addEventListener('change', loadHistory);

  $('import').addEventListener('submit', async (event) => {
    event.preventDefault();
    clear($('import-message'));
    const file = $('import-file').files[0];
    if (!file) {
      showMessage($('import-message'), t('applicant.chooseFile'), 'error');
      return;
    }
    const form = new FormData();
    form.append('file', file);
    form.append('mode', $('import-mode').value);
    if ($('import-srid').value) form.append('sourceSrid', $('import-srid').value);
    const dryRun = event.submitter?.id === 'check-button';
    if (dryRun) form.append('dryRun', 'true');
    $('import-button').disabled = $('check-button').disabled = true;
    try {
      readIn = lang();
      report = await api(`/api/v1/layers/${$('import-layer').value}/imports`, { method: 'POST', form });
      findingsPath = dryRun ? null : `/api/v1/layers/${report.layer}/versions/${report.version}/findings`;
      expanded = new Set();
      renderReport();
      if (!dryRun) {
        await onImported(report);
        await loadHistory();
      }
      $('import-report').scrollIntoView();
    } catch (error) {
      showProblem($('import-message'), error);
    } finally {
      $('import-button').disabled = $('check-button').disabled = false;
    }
  });
  /**
   * Reads an earlier import's report again and shows it: version is a row of GET
   * …/versions, with the report's path and where its findings are taken away (or null).
   */
  async function showReport(version, scroll = true) {
    clear($('import-message'));
    try {
      readIn = lang();
      report = await api(version.report);
      findingsPath = version.findings;
      expanded = new Set();
      renderReport();
      if (scroll) $('import-report').scrollIntoView();
    } catch (error) {
      showProblem($('import-message'), error);
    }
  }

  return { render, showReport };
}
