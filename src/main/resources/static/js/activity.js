// Reported mining activity (Art. 19, 26, 34) on the reviewer's and the officer's pages: the user
// draws the area where mining was seen (or types its corners), says what was seen and, if known,
// the day; the service checks it against the licences in force on that day (or now, without a
// day) and answers at once: the finding, the part outside every licence (drawn apart on the map,
// and flagged: Art. 19), the licences covering the rest, and those whose standing on that day is
// not recorded.
// Below, the reports the user may see, newest first, a page at a time; a report clicked is shown.

import { api } from './session.js';
import { t, lang, onLanguage, area, dateTime, digits, translate } from './i18n.js';
import { h, showProblem, showMessage, clear } from './page.js';
import { areaStyle, AREA_COLOUR, writeGeometry, readGeometry } from './map.js';
import { pagedList, PAGE_SIZE } from './tabs.js';
import { typedIntoMap } from './corners.js';

const ol = window.ol;
const $ = (id) => document.getElementById(id);

/** The part outside every licence: yellow under a black dashed outline, unlike any layer. */
const OUTSIDE_STYLE = new ol.style.Style({
  fill: new ol.style.Fill({ color: 'rgba(244, 208, 63, 0.6)' }),
  stroke: new ol.style.Stroke({ color: '#17202a', width: 2.5, lineDash: [6, 4] }),
});

/** Today in Tehran, yyyy-MM-dd: the latest day the service accepts. */
function today() {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tehran' }).format(new Date());
}

/** The section's form and list (texts from the page's language); listHeading names the list. */
function section(listHeading) {
  return `
  <h2 data-i18n="activity.title"></h2>
  <form id="activity-form">
    <p class="hint" data-i18n="activity.drawHint"></p>
    <div class="buttons">
      <button type="button" id="activity-draw" data-i18n="activity.draw"></button>
      <button type="button" id="activity-clear" data-i18n="activity.clear"></button>
    </div>
    <details id="activity-corners-box"></details>
    <p id="activity-drawn" class="summary" role="status"></p>
    <label><span data-i18n="activity.description"></span>
      <textarea id="activity-description" class="prose" rows="3"></textarea></label>
    <label><span data-i18n="activity.observedOn"></span>
      <input type="date" id="activity-observed"></label>
    <div class="buttons"><button type="submit" id="activity-send" class="primary" data-i18n="activity.send"></button></div>
  </form>
  <div id="activity-message" class="message" hidden></div>
  <div id="activity-result" class="activity-result" hidden></div>
  <h3 data-i18n="${listHeading}"></h3>
  <div class="wide"><table class="grid" id="activity-reports"><thead></thead><tbody></tbody></table></div>
  <div class="more" id="activity-more"><span></span><button type="button" hidden></button></div>
  <div id="activity-list-message" class="message" hidden></div>`;
}

/**
 * Fills the "Report mining activity" section of reviewer.html and officer.html, and wires it
 * to the map. onDraw is called when the user starts drawing here, so that the page stops any other
 * drawing; the result's stopDrawing() does the reverse. load() reads the reports the user may
 * see: a reviewer its agency's, an officer every one.
 */
export function activityReports(cadastre, { onDraw = () => {}, listHeading = 'activity.reports' } = {}) {
  $('activity-section').innerHTML = section(listHeading);
  translate($('activity-section'));
  const reportSource = cadastre.overlay('activity-report', areaStyle(AREA_COLOUR, { fill: 0.06, width: 2 }));
  const outsideSource = cadastre.overlay('activity-outside', OUTSIDE_STYLE);
  const drawnSource = cadastre.overlay('activity-drawn', areaStyle(AREA_COLOUR, { fill: 0.12, width: 2.5, dash: [8, 6] }));

  const { draw } = cadastre.drawing(drawnSource);
  drawnSource.on('addfeature', () => renderDrawn());

  const reports = pagedList($('activity-more'), $('activity-list-message'), () => renderList());
  let shown = null;
  let sentId = null;

  function renderDrawn() {
    $('activity-drawn').textContent = drawnSource.getFeatures().length ? t('activity.drawn') : '';
  }

  async function load() {
    try {
      await reports.load(`/api/v1/activity-reports?pageSize=${PAGE_SIZE}`);
      clear($('activity-list-message'));
    } catch (error) {
      showProblem($('activity-list-message'), error);
    }
    renderList();
  }

  /** A report on the map (its area, and the part outside every licence) and in the result box. */
  function show(report) {
    shown = report;
    const name = `#${report.number}`;
    cadastre.show(reportSource, report.geometry, { id: report.id, name });
    cadastre.show(outsideSource, report.outsideGeometry, { id: report.id, name });
    cadastre.fitTo(readGeometry(report.geometry).getExtent());
    renderResult();
    renderList();
  }

  /** The API's finding (ActivityFinding), in the page's language, from the report's figures. */
  function finding(report) {
    const licences = names(report.covering);
    const outside = t('activity.finding.outside', { outside: area(report.outsideArea_m2), area: area(report.area_m2) });
    const found = !report.flagged
      ? (licences ? t('activity.finding.within', { licences }) : t('activity.finding.nothingOutside'))
      : (licences ? `${outside} ${t('activity.finding.rest', { licences })}` : outside);
    if (!report.judgedOn) return found;
    const partly = names(report.covering.filter((l) => l.partOfDay));
    const undetermined = report.undetermined || [];
    return [found, t('activity.finding.judgedOn', { day: dateTime(`${report.judgedOn}T12:00:00Z`, false) }),
      partly ? t('activity.finding.partOfDay', { licences: partly }) : null,
      undetermined.length ? t('activity.finding.undetermined', {
        area: area(undetermined.reduce((sum, l) => sum + l.area_m2, 0)), licences: names(undetermined) }) : null,
    ].filter((part) => part).join(' ');
  }

  /** Licences by their own number, else name, else number in the register, else feature. */
  function names(licences) {
    return licences.map(licenceName).join(lang() === 'fa' ? '، ' : ', ');
  }

  function licenceName(licence) {
    return licence.externalId || licence.name
      || (licence.number != null ? t('activity.licenceNumber', { number: digits(licence.number) }) : licence.featureId);
  }

  /**
   * The mark of a flagged report (Art. 19), of one within the licences (Art. 26), or of one whose
   * licences on its day are not all recorded (the old cadastre's, loaded since); short in the list.
   */
  function flag(report, short = false) {
    const mark = report.flagged ? 'flagged' : (report.undetermined || []).length ? 'undetermined' : 'notFlagged';
    const full = t(`activity.${mark}`);
    return h('span', { class: `flag-badge${report.flagged ? ' flagged' : ''}`, title: short ? full : null },
      short ? t(`activity.${mark}Short`) : full);
  }

  function renderResult() {
    const box = $('activity-result');
    box.hidden = !shown;
    if (!shown) return;
    const report = shown;
    box.className = `activity-result${report.flagged ? ' flagged' : ''}`;
    box.dataset.number = report.number;
    const facts = [
      ['activity.fact.reported', `${report.reportedBy} · ${dateTime(report.reportedAt)}`],
      ['activity.fact.observed', report.observedOn ? dateTime(`${report.observedOn}T12:00:00Z`, false) : t('activity.notSaid')],
      ['activity.fact.area', area(report.area_m2)],
      ['activity.fact.outside', area(report.outsideArea_m2)],
      ['activity.fact.description', report.description],
    ];
    const covering = report.covering || [];
    box.replaceChildren(...[
      h('h3', {}, t(report.id === sentId ? 'activity.sent' : 'activity.reportTitle', { number: digits(report.number) })),
      h('p', {}, flag(report)),
      report.flagged ? h('p', { class: 'hint' }, h('span', { class: 'swatch outside' }), t('activity.outsideOnMap')) : null,
      h('p', { class: 'finding' }, finding(report)),
      h('dl', { class: 'facts' }, facts.flatMap(([key, value]) => [h('dt', {}, t(key)), h('dd', { dir: 'auto' }, value)])),
      h('h3', {}, t('activity.covering')),
      covering.length
        ? h('table', { class: 'grid', id: 'activity-covering' },
          h('thead', {}, h('tr', {}, ['licence', 'name', 'area'].map((c) => h('th', {}, t(`activity.covering.${c}`))))),
          h('tbody', {}, covering.map((licence) => h('tr', { dataset: { feature: licence.featureId } },
            h('td', {}, licence.externalId || (licence.number != null ? t('activity.licenceNumber', { number: digits(licence.number) }) : licence.featureId)),
            h('td', {}, licence.name || ''),
            h('td', { class: 'number' }, area(licence.area_m2))))))
        : h('p', { class: 'hint' }, t('activity.noCovering')),
    ].filter((child) => child));
  }

  function renderList() {
    $('activity-reports').querySelector('thead').replaceChildren(h('tr', {},
      ['number', 'reported', 'by', 'area', 'finding'].map((c) => h('th', {}, t(`activity.column.${c}`)))));
    const rows = reports.items().map((report) => h('tr', {
      class: `selectable${report.flagged ? ' flagged' : ''}${shown && shown.id === report.id ? ' selected' : ''}`,
      'aria-current': shown && shown.id === report.id ? 'true' : null,
      dataset: { number: report.number, flagged: report.flagged },
      tabindex: 0,
      onclick: () => show(report),
    },
    h('td', {}, digits(report.number)),
    h('td', {}, dateTime(report.reportedAt, false)),
    h('td', {}, report.reportedBy),
    h('td', { class: 'number' }, area(report.area_m2)),
    h('td', {}, flag(report, true))));
    $('activity-reports').querySelector('tbody').replaceChildren(...(rows.length ? rows
      : [h('tr', { class: 'empty' }, h('td', { colspan: 5 }, t('activity.none')))]));
    reports.footer();
  }

  $('activity-draw').addEventListener('click', () => {
    onDraw();
    drawnSource.clear();
    renderDrawn();
    draw.setActive(true);
  });
  $('activity-clear').addEventListener('click', () => {
    drawnSource.clear();
    renderDrawn();
  });
  // The area typed corner by corner (a keyboard's alternative to drawing it), then editable on
  // the map as a drawn one.
  typedIntoMap($('activity-corners-box'), cadastre, drawnSource, {
    prefix: 'activity',
    summary: 'corners.typeActivity',
    message: $('activity-message'),
    before: () => {
      onDraw();
      draw.setActive(false);
    },
  });
  $('activity-observed').max = today();

  $('activity-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    clear($('activity-message'));
    const feature = drawnSource.getFeatures()[0];
    if (!feature) {
      showMessage($('activity-message'), t('activity.drawFirst'), 'error');
      return;
    }
    // The description and the day are the service's to check: its problem says what is wrong.
    const body = { geometry: writeGeometry(feature.getGeometry()), description: $('activity-description').value.trim() };
    if ($('activity-observed').value) body.observedOn = $('activity-observed').value;
    $('activity-send').disabled = true;
    try {
      const report = await api('/api/v1/activity-reports', { method: 'POST', json: body });
      draw.setActive(false);
      drawnSource.clear();
      renderDrawn();
      $('activity-form').reset();
      sentId = report.id;
      show(report);
      await load();
    } catch (error) {
      showProblem($('activity-message'), error);
    } finally {
      $('activity-send').disabled = false;
    }
  });

  onLanguage(() => {
    renderDrawn();
    renderResult();
    renderList();
  });

  return {
    load,
    stopDrawing() {
      draw.setActive(false);
    },
  };
}
