// The applicant's page: draw (or type, or upload) an area, see at once what it overlaps and
// what that means, choose a mineral, submit, and follow "My applications".

import { api, currentUser } from './session.js';
import { t, lang, onLanguage, area, dateTime, deadline, daysLeft, num, digits, percent, byName } from './i18n.js';
import { initPage, h, showProblem, showMessage, clear, newKey, openFromAddress, receiptLink, licenceLink } from './page.js';
import { createMap, areaStyle, AREA_COLOUR, writeGeometry, readGeometry } from './map.js';
import { renderOverlaps, overlapHead, overlapStyle } from './overlaps.js';
import { warningFacts } from './warnings.js';
import { typedCorners, faultMarks } from './corners.js';
import { inquiryItems } from './inquiries.js';
import { pagedList, PAGE_SIZE } from './tabs.js';

const ol = window.ol;
const $ = (id) => document.getElementById(id);

initPage('APPLICANT');
const cadastre = await createMap('map', $('legend'));
const map = cadastre.map;
const format = new ol.format.GeoJSON({ dataProjection: 'EPSG:4326', featureProjection: 'EPSG:3857' });

const mineSource = cadastre.overlay('my-applications', (feature) => (feature.get('status') === 'GRANTED'
  ? null : areaStyle('#d63384', { fill: 0.15, width: 2, dash: [2, 4] })));
const licenceSource = cadastre.overlay('my-licences', (feature) => new ol.style.Style({
  fill: new ol.style.Fill({ color: 'rgba(123, 36, 28, 0.35)' }),
  stroke: new ol.style.Stroke({ color: '#7b241c', width: 2.5 }),
  text: new ol.style.Text({ text: t('licence.label', { number: digits(feature.get('number')) }), font: 'bold 13px sans-serif',
    fill: new ol.style.Fill({ color: '#4a1410' }), stroke: new ol.style.Stroke({ color: '#fff', width: 3 }), overflow: true }),
}));
const freeSource = cadastre.overlay('free-area', areaStyle('#1e8449', { fill: 0.18, width: 2, dash: [4, 4] }));
// What remains of an application of mine after the parts agencies refused, shown when it is opened.
const grantableSource = cadastre.overlay('grantable', areaStyle('#1e8449', { fill: 0.4, width: 2 }));
const overlapSource = cadastre.overlay('overlaps', overlapStyle);
const areaSource = cadastre.overlay('area', areaStyle(AREA_COLOUR, { fill: 0.12, width: 2.5, dash: [8, 6] }));
const faults = faultMarks(cadastre);

// Drawing, editing and snapping to existing boundaries (their features are loaded near the
// view once zoomed in enough for a vertex to mean something).
const snapSource = new ol.source.Vector();
const { draw, modify } = cadastre.drawing(areaSource, [snapSource]);
draw.setActive(true);
draw.on('drawstart', () => faults.clear());
areaSource.on('addfeature', () => scheduleCheck());
modify.on('modifyend', () => scheduleCheck());

let snapLoad;
map.on('moveend', async () => {
  if (snapLoad) snapLoad.abort();
  if (map.getView().getZoom() < 11) {
    snapSource.clear();
    return;
  }
  snapLoad = new AbortController();
  const { signal } = snapLoad;
  const extent = ol.proj.transformExtent(map.getView().calculateExtent(map.getSize()), 'EPSG:3857', 'EPSG:4326');
  const bbox = extent.map((v) => v.toFixed(6)).join(',');
  const visible = cadastre.catalogue.filter((layer) => cadastre.tileLayers[layer.id].getVisible());
  const loaded = await Promise.all(visible.map((layer) => api(`/api/v1/layers/${layer.id}/features?bbox=${bbox}&limit=500`, { signal })
    .then((collection) => format.readFeatures(collection)).catch(() => [])));
  if (!signal.aborted) {
    snapSource.clear();
    snapSource.addFeatures(loaded.flat());
  }
});

// The live overlap check.
let current = null;
let checking;
let timer;

function scheduleCheck() {
  clearTimeout(timer);
  timer = setTimeout(check, 150);
}

async function check() {
  const feature = areaSource.getFeatures()[0];
  current = null;
  clear($('area-message'));
  if (checking) checking.abort();
  if (!feature) {
    renderCheck();
    return;
  }
  const geometry = writeGeometry(feature.getGeometry());
  checking = new AbortController();
  $('check-status').textContent = t('applicant.checking');
  $('check-status').dataset.state = 'checking';
  try {
    const report = await api('/api/v1/overlaps', { method: 'POST', json: { geometry }, signal: checking.signal });
    current = { geometry, report, key: newKey(), trimKey: newKey() };
    faults.clear();
  } catch (error) {
    if (error.name === 'AbortError') return;
    showProblem($('area-message'), error, faults.mark);
  }
  renderCheck();
}

function renderCheck() {
  const status = $('check-status');
  $('overlaps').querySelector('thead').replaceChildren(overlapHead());
  $('overlaps').hidden = !current;
  if (!current) {
    overlapSource.clear();
    freeSource.clear();
    $('overlaps').querySelectorAll('tbody').forEach((body) => body.remove());
    $('free-area').textContent = '';
    $('area-summary').textContent = '';
    status.textContent = t(areaSource.getFeatures().length ? 'applicant.notChecked' : 'applicant.noArea');
    status.dataset.state = 'none';
    updateSubmit([]);
    return;
  }
  const { report } = current;
  const blocks = renderOverlaps(report, { source: overlapSource, table: $('overlaps'), catalogue: cadastre.catalogue });
  status.textContent = report.overlaps.length ? t('applicant.overlapCount', { count: num(report.overlaps.length) }) : t('overlaps.none');
  status.dataset.state = 'checked';
  $('area-summary').textContent = t('applicant.areaSummary', { area: area(report.area_m2) });
  $('free-area').textContent = t('applicant.freeArea', {
    free: area(report.freeArea_m2), area: area(report.area_m2), share: percent(100 * report.freeArea_m2 / report.area_m2),
  });
  cadastre.show(freeSource, blocks.length ? report.freeGeometry : null);
  updateSubmit(blocks);
}

function updateSubmit(blocks) {
  const ready = current && $('mineral').value;
  $('submit').disabled = !ready || blocks.length > 0;
  $('trim-offer').hidden = !(current && blocks.length > 0 && current.report.freeArea_m2 > 0);
  $('submit-trimmed').disabled = !ready;
}

// Areas from typed vertices or a file, read by the service's own intake.
function showArea(result) {
  areaSource.clear();
  draw.setActive(false);
  const feature = new ol.Feature(readGeometry(result.geometry));
  areaSource.addFeature(feature);
  cadastre.fitTo(feature.getGeometry().getExtent());
}

typedCorners($('vertices-box'), {
  ids: { notation: 'notation', corners: 'vertices', show: 'show-vertices' },
  message: $('area-message'),
  faults,
  onArea: showArea,
});

$('upload').addEventListener('click', async () => {
  clear($('area-message'));
  const file = $('area-file').files[0];
  if (!file) {
    showMessage($('area-message'), t('applicant.chooseFile'), 'error');
    return;
  }
  const form = new FormData();
  form.append('file', file);
  try {
    showArea(await api('/api/v1/areas', { method: 'POST', form }));
  } catch (error) {
    showProblem($('area-message'), error, faults.mark);
  }
});

$('draw').addEventListener('click', () => {
  areaSource.clear();
  draw.setActive(true);
  scheduleCheck();
});
$('clear-area').addEventListener('click', () => {
  areaSource.clear();
  faults.clear();
  draw.setActive(true);
  scheduleCheck();
});

// Minerals and submission.
const minerals = await api('/api/v1/minerals');

function renderMinerals() {
  const select = $('mineral');
  const chosen = select.value;
  const named = byName((m) => (lang() === 'fa' ? m.nameFa : m.name));
  // By class (the catalogue's order), then by name in the reader's alphabet.
  const ordered = [...minerals].sort((a, b) => a.mineralClass - b.mineralClass || named(a, b));
  select.replaceChildren(h('option', { value: '' }, t('applicant.chooseMineral')),
    ...ordered.map((m) => {
      const licensable = m.ministryRules && m.mineralClass <= 2;
      const label = `${lang() === 'fa' ? m.nameFa : m.name} (${t('mineral.class', { class: num(m.mineralClass) })})${licensable ? '' : ' · ' + t('mineral.notLicensable')}`;
      return h('option', { value: m.code, disabled: !licensable }, label);
    }));
  select.value = chosen;
}
$('mineral').addEventListener('change', () => updateSubmit(current ? current.report.overlaps.filter((o) => o.consequence === 'BLOCKS') : []));

async function submit(trim) {
  clear($('submit-message'));
  $('receipt').hidden = true;
  $('submit').disabled = true;
  $('submit-trimmed').disabled = true;
  const body = { type: $('type').value, mineral: $('mineral').value, geometry: current.geometry, trimToFreeArea: trim };
  try {
    const application = await api('/api/v1/applications', {
      method: 'POST', json: body, extraHeaders: { 'Idempotency-Key': trim ? current.trimKey : current.key },
    });
    showReceipt(application);
    cadastre.refreshTiles('applications');
    areaSource.clear();
    current = null;
    renderCheck();
    draw.setActive(true);
    await loadMine();
  } catch (error) {
    showProblem($('submit-message'), error);
    const conflicts = (error.body && error.body.conflicts) || [];
    for (const conflict of conflicts) {
      overlapSource.addFeature(new ol.Feature({ geometry: readGeometry(conflict.intersection), consequence: 'BLOCKS' }));
    }
    if (conflicts.length) $('trim-offer').hidden = false;
    updateSubmit(conflicts.length ? conflicts : []);
  }
}
$('submit').addEventListener('click', () => submit(false));
$('submit-trimmed').addEventListener('click', () => submit(true));

let lastReceipt = null;

function showReceipt(application) {
  lastReceipt = application;
  const receipt = $('receipt');
  receipt.replaceChildren(
    h('h3', {}, t('receipt.title')),
    h('p', { class: 'receipt-number' }, t('receipt.number', { receipt: digits(application.receipt) })),
    h('p', { class: 'received-at' }, t('receipt.receivedAt', { when: dateTime(application.receivedAt) })),
    h('p', {}, t('receipt.status', { status: t(`status.${application.status}`) })),
    h('p', {}, application.trimmed
      ? t('receipt.trimmed', { area: area(application.area_m2), requested: area(application.requestedArea_m2) })
      : t('receipt.area', { area: area(application.area_m2) })),
    h('ul', { class: 'inquiries' }, inquiryItems(application.inquiries)),
    h('p', {}, h('a', { href: receiptLink(application.id), target: '_blank', class: 'receipt-link' }, t('receiptPage.link'))));
  receipt.dataset.receipt = application.receipt;
  receipt.hidden = false;
}

// My applications, and my licences (those I hold now, whatever application they came from), on
// the map and in lists; the active ones are drawn.
let mine = [];
let held = [];
const licences = {};
let opened = null; // the application or licence a notice's link opened
let withdrawing = null; // the application whose withdrawal awaits the applicant's confirmation
let shown = null; // the application of mine last chosen to be shown on the map
const PENDING = ['SUBMITTED', 'UNDER_CONSULTATION', 'READY_FOR_DECISION'];

// A page at a time, the pending ones first (a company may hold hundreds of thousands); "Show
// more" adds the next.
const minePages = pagedList($('mine-more'), $('mine-message'), () => drawMine());

async function loadMine() {
  const holder = encodeURIComponent(currentUser().username);
  let page;
  [, page] = await Promise.all([minePages.load(`/api/v1/applications?mine=true&summary=true&pageSize=${PAGE_SIZE}`),
    api(`/api/v1/licences?holder=${holder}&pageSize=1000`)]);
  held = page.items;
  for (const licence of held) licences[licence.id] = licence;
  await drawMine();
}

/** My applications read so far, latest first, on the map and in the list, and my licences. */
async function drawMine() {
  mine = [...minePages.items()].sort((a, b) => b.receipt - a.receipt);
  mineSource.clear();
  for (const application of mine) {
    if (application.geometry) {
      mineSource.addFeature(new ol.Feature({ geometry: readGeometry(application.geometry), status: application.status, id: application.id, name: `#${application.receipt}` }));
    }
    if (application.licenceId && !licences[application.licenceId]) {
      licences[application.licenceId] = await api(`/api/v1/licences/${application.licenceId}`);
    }
  }
  licenceSource.clear();
  for (const licence of held.filter((l) => l.status === 'ACTIVE')) {
    licenceSource.addFeature(new ol.Feature({ geometry: readGeometry(licence.geometry), number: licence.number, id: licence.id, name: `licence ${licence.number}` }));
  }
  renderMine();
  renderHeld();
}

// Withdrawing a pending application frees its area for others at once and closes its open
// inquiries; it cannot be undone, so the applicant confirms it first.
function withdrawal(application) {
  const stop = (then) => (event) => {
    event.stopPropagation();
    then();
  };
  if (withdrawing !== application.id) {
    return h('button', { type: 'button', class: 'withdraw', onclick: stop(() => { withdrawing = application.id; renderMine(); focusMine(application, '.withdraw-no'); }) },
      t('applicant.withdraw'));
  }
  return h('div', { class: 'withdraw-confirm' },
    h('p', {}, t('applicant.withdrawConfirm', { receipt: digits(application.receipt) })),
    h('button', { type: 'button', class: 'danger withdraw-yes', onclick: stop(() => withdraw(application)) }, t('applicant.withdrawYes')),
    ' ',
    h('button', { type: 'button', class: 'withdraw-no', onclick: stop(() => { withdrawing = null; renderMine(); focusMine(application, '.withdraw'); }) }, t('applicant.withdrawNo')));
}

// The list is drawn anew on each step of a withdrawal: the focus goes to the button of the
// next step (the question's safe answer, "keep it"; back to Withdraw; once withdrawn, the
// application), not to the page's top.
function focusMine(application, button = null) {
  const item = $('mine').querySelector(`[data-id="${application.id}"]`);
  const target = item && ((button && item.querySelector(button)) || item);
  if (target) target.focus();
}

async function withdraw(application) {
  clear($('mine-message'));
  withdrawing = null;
  try {
    await api(`/api/v1/applications/${application.id}/withdrawal`, { method: 'POST' });
    cadastre.refreshTiles('applications');
    await loadMine();
    showMessage($('mine-message'), t('applicant.withdrawn', { receipt: digits(application.receipt) }), 'success');
    focusMine(application);
  } catch (error) {
    renderMine();
    showProblem($('mine-message'), error);
  }
}

// What a holder asks for before a term ends, keeping the priority until the ministry decides:
// the exploitation licence on a certificate (Art. 8), the renewal of an exploitation licence
// (Art. 10 note 3).
const ASKS = {
  DISCOVERY_CERTIFICATE: { path: 'exploitation-request', key: 'exploitation' },
  EXPLOITATION: { path: 'renewal-request', key: 'renewal' },
};

async function ask(event, licence) {
  event.stopPropagation();
  clear($('held-message'));
  const asking = ASKS[licence.type];
  try {
    await api(`/api/v1/licences/${licence.id}/${asking.path}`, { method: 'POST', json: {} });
    await loadMine();
    showMessage($('held-message'), t(`licence.asked.${asking.key}`, { number: digits(licence.number) }), 'success');
  } catch (error) {
    showProblem($('held-message'), error);
  }
}

// Art. 7, Art. 10 note 3: the holder asks the ministry to transfer a certificate (within its
// year) or an exploitation licence to another applicant.
const TRANSFERABLE = ['DISCOVERY_CERTIFICATE', 'EXPLOITATION'];

async function askTransfer(event, licence) {
  event.preventDefault();
  clear($('held-message'));
  const to = event.target.querySelector('input').value.trim();
  try {
    await api(`/api/v1/licences/${licence.id}/transfer-request`, { method: 'POST', json: { to } });
    await loadMine();
    showMessage($('held-message'), t('licence.asked.transfer', { number: digits(licence.number), to }), 'success');
  } catch (error) {
    showProblem($('held-message'), error);
  }
}

function transferControl(licence) {
  if (licence.transferTo) {
    return h('p', { class: 'requested' }, t('licence.requested.transfer', { to: licence.transferTo, when: dateTime(licence.transferAskedAt, false) }));
  }
  if (!TRANSFERABLE.includes(licence.type) || licence.status !== 'ACTIVE') return null;
  return h('form', { class: 'transfer-ask', novalidate: true, onclick: (event) => event.stopPropagation(), onsubmit: (event) => askTransfer(event, licence) },
    h('input', { placeholder: t('licence.transferTo'), 'aria-label': t('licence.transferTo'), dir: 'ltr' }),
    h('button', { type: 'submit' }, t('licence.ask.transfer')));
}

// Art. 20: the holder reports what it did about a warning, once, before the ministry decides.
async function reportOnWarning(event, licence, warning) {
  event.preventDefault();
  clear($('held-message'));
  const note = event.target.querySelector('input').value.trim();
  try {
    await api(`/api/v1/licences/${licence.id}/warnings/${warning.id}/report`, { method: 'POST', json: { note } });
    await loadMine();
    showMessage($('held-message'), t('warning.sent', { number: digits(licence.number) }), 'success');
  } catch (error) {
    showProblem($('held-message'), error);
  }
}

function warningItems(licence) {
  return licence.warnings.map((warning) => h('li', { dataset: { warning: warning.id, status: warning.status } }, warningFacts(warning),
    warning.decidedAt || warning.report ? null
      : h('form', { class: 'transfer-ask', novalidate: true, onclick: (event) => event.stopPropagation(), onsubmit: (event) => reportOnWarning(event, licence, warning) },
        h('input', { placeholder: t('warning.reportPlaceholder'), 'aria-label': t('warning.reportPlaceholder') }),
        h('button', { type: 'submit' }, t('warning.report')))));
}

function renderHeld() {
  const list = held.map((licence) => h('div', {
    class: `application licence-held status-${licence.status}${opened === licence.id ? ' opened' : ''}`,
    'aria-current': opened === licence.id ? 'true' : null,
    dataset: { id: licence.id, number: licence.number, status: licence.status },
    tabindex: 0,
    onclick: () => cadastre.fitTo(readGeometry(licence.geometry).getExtent()),
  },
  h('div', { class: 'application-head' },
    h('strong', {}, t('licence.title', { type: t(`licenceType.${licence.type}`), number: digits(licence.number) })),
    h('span', { class: 'status' }, t(`licenceStatus.${licence.status}`))),
  h('p', {}, `${mineralName(licence.mineral)} · ${area(licence.area_m2)} · ${dateTime(licence.issuedAt, false)}`),
  licence.lastDaySolarHijri ? h('p', { class: 'term' }, t('licence.lastDay', { day: deadline(licence.lastDaySolarHijri, licence.endsAt) }),
    licence.daysLeft != null ? ` · ${daysLeft(licence.daysLeft)}` : '') : null,
  licence.requestedAt ? h('p', { class: 'requested' }, t(`licence.requested.${ASKS[licence.type].key}`, { when: dateTime(licence.requestedAt, false) })) : null,
  ASKS[licence.type] && licence.status === 'ACTIVE' && !licence.requestedAt
    ? h('button', { type: 'button', class: 'primary ask', onclick: (event) => ask(event, licence) }, t(`licence.ask.${ASKS[licence.type].key}`)) : null,
  h('a', { href: licenceLink(licence.id), target: '_blank', class: 'licence-link' }, t('licencePage.link')),
  transferControl(licence),
  licence.warnings.length ? h('ul', { class: 'warnings' }, warningItems(licence)) : null));
  $('held').replaceChildren(...(list.length ? list : [h('p', { class: 'hint' }, t('applicant.noLicences'))]));
}

function renderMine() {
  const list = mine.map((application) => {
    const licence = application.licenceId && licences[application.licenceId];
    return h('div', { class: `application status-${application.status}${opened === application.id ? ' opened' : ''}`,
      'aria-current': opened === application.id ? 'true' : null,
      dataset: { id: application.id, receipt: application.receipt, status: application.status },
      tabindex: 0,
      onclick: () => showMine(application) },
    h('div', { class: 'application-head' },
      h('strong', {}, t('receipt.number', { receipt: digits(application.receipt) })),
      h('span', { class: 'status' }, t(`status.${application.status}`))),
    h('p', {}, `${t(`licenceType.${application.type}`)} · ${mineralName(application.mineral)} · ${area(application.area_m2)} · ${dateTime(application.receivedAt, false)}`),
    h('ul', { class: 'inquiries' }, inquiryItems(application.inquiries)),
    partlyRefused(application)
      ? h('p', { class: 'grantable' }, t('applicant.grantable', { grantable: area(application.grantableArea_m2), area: area(application.area_m2) })) : null,
    h('a', { href: receiptLink(application.id), target: '_blank', class: 'receipt-link' }, t('receiptPage.link')),
    PENDING.includes(application.status) ? withdrawal(application) : null,
    application.decision && application.decision.decision === 'REJECT'
      ? h('p', { class: 'decision' }, t('decision.REJECT'), application.decision.reason ? ` — ${application.decision.reason}` : '') : null,
    licence ? h('p', { class: 'licence' }, t('licence.issued', { number: digits(licence.number), when: dateTime(licence.issuedAt, false) }),
      ` · ${t(`licenceStatus.${licence.status}`)}`) : null);
  });
  $('mine').replaceChildren(...(list.length ? list : [h('p', { class: 'hint' }, t('applicant.noApplications'))]));
  minePages.footer(null);
}

/** Whether agencies refused part of a pending application (a list's summary says by its areas). */
function partlyRefused(application) {
  return application.grantableArea_m2 < application.area_m2 && PENDING.includes(application.status);
}

/**
 * An application of mine on the map, with what agencies left of it while it is pending: the
 * list gives summaries, so its grantable geometry is read when something was refused (and
 * shown unless another application was chosen meanwhile).
 */
async function showMine(application) {
  shown = application.id;
  cadastre.fitTo(readGeometry(application.geometry).getExtent());
  try {
    const grantable = partlyRefused(application)
      ? (await api(`/api/v1/applications/${application.id}`)).grantableGeometry : null;
    if (shown === application.id) cadastre.show(grantableSource, grantable);
  } catch (error) {
    showProblem($('mine-message'), error);
  }
}

function mineralName(code) {
  const mineral = minerals.find((m) => m.code === code);
  return mineral ? (lang() === 'fa' ? mineral.nameFa : mineral.name) : code;
}

onLanguage(() => {
  renderMinerals();
  renderCheck();
  renderMine();
  renderHeld();
  if (lastReceipt && !$('receipt').hidden) showReceipt(lastReceipt);
  licenceSource.changed();
});
// A notice's link: the application or licence it tells of, marked in my lists and shown on the map.
function openMine(list, id) {
  opened = id;
  renderMine();
  renderHeld();
  const item = $(list).querySelector(`[data-id="${CSS.escape(id)}"]`);
  if (item) {
    item.scrollIntoView({ block: 'center' });
    item.click();
  }
}

renderMinerals();
renderCheck();
await loadMine();
openFromAddress({ application: (id) => openMine('mine', id), licence: (id) => openMine('held', id) });
document.body.dataset.pageReady = 'true';
