// The agency reviewer's page: the inbox of Article 24 inquiries (open ones by deadline, those
// about to close highlighted; answered and deemed ones apart), an inquiry on the map with the
// application and the agency's overlapping areas, and the answer, with the refused part drawn or
// the agency's land in the area refused whole.
// Each tab is read a page at a time; the tabs are counted by the API. Below, mining activity
// the reviewer reports (activity.js).

import { api, currentUser } from './session.js';
import { t, onLanguage, area, dateTime, deadline, daysLeft, timeLeft, digits, agencyName } from './i18n.js';
import { inquiryDeadline } from './inquiries.js';
import { initPage, h, showProblem, showMessage, clear, openFromAddress, onFind, receiptLink, focusOpened } from './page.js';
import { createMap, areaStyle, AREA_COLOUR, readGeometry, writeGeometry } from './map.js';
import { renderOverlaps, overlapHead, overlapStyle } from './overlaps.js';
import { tabs, tabCounts, pagedList, exportButton, PAGE_SIZE } from './tabs.js';
import { activityReports } from './activity.js';
import { layerImports } from './imports.js';
import { agencyFigures } from './agencies.js';
import { typedIntoMap } from './corners.js';

const ol = window.ol;
const $ = (id) => document.getElementById(id);

const reviewer = initPage('AGENCY_REVIEWER');
const cadastre = await createMap('map', $('legend'));
const map = cadastre.map;

const applicationSource = cadastre.overlay('application', areaStyle(AREA_COLOUR, { fill: 0.1, width: 2.5, dash: [8, 6] }));
const overlapSource = cadastre.overlay('overlaps', overlapStyle);
const refusedSource = cadastre.overlay('refused', areaStyle('#922b21', { fill: 0.45, width: 2.5 }));

const { draw, modify } = cadastre.drawing(refusedSource, [applicationSource, overlapSource]);
modify.setActive(false);
refusedSource.on('addfeature', () => renderRefused());
modify.on('modifyend', () => renderRefused());

// One drawing at a time: the refused part or reported activity.
const activity = activityReports(cadastre, { onDraw: () => draw.setActive(false) });

const inquiries = pagedList($('inquiries-more'), $('inbox-message'), () => renderInbox());
let counts = {};
let selected = null;
// The refused part is the agency's land in the area, which the service cuts to its features'
// exact boundaries; what the map shows of it is the overlaps' outlines, not to be edited.
let refusingLand = false;

// The states of each tab; open ones come by deadline, the others latest first.
const STATES = {
  open: ['OPEN'],
  answered: ['CONSENTED', 'OBJECTED', 'PARTIALLY_OBJECTED'],
  deemed: ['DEEMED_CONSENT'],
  withdrawn: ['WITHDRAWN'],
};
const inbox = tabs($('tabs'), () => loadInbox(false));
exportButton($('export-inbox'), $('inbox-message'),
  () => `/api/v1/inquiries/export?status=${STATES[inbox.selected()].join(',')}`);

/** Loads the selected tab's first page, and the tabs' counts unless only the tab changed. */
async function loadInbox(counted = true) {
  try {
    [counts] = await Promise.all([counted ? api('/api/v1/inquiries/counts') : counts,
      inquiries.load(`/api/v1/inquiries?summary=true&status=${STATES[inbox.selected()].join(',')}&pageSize=${PAGE_SIZE}`)]);
    clear($('inbox-message'));
  } catch (error) {
    showProblem($('inbox-message'), error);
  }
  renderInbox();
}

function renderInbox() {
  const tabCount = tabCounts(counts, STATES);
  inbox.label('reviewer.tab', tabCount);
  $('inquiries').querySelector('thead').replaceChildren(h('tr', {},
    ['receipt', 'deadline', 'daysLeft', 'overlap', 'status'].map((c) => h('th', {}, t(`reviewer.column.${c}`)))));
  const rows = inquiries.items().map((inquiry) => {
    const open = inquiry.status === 'OPEN';
    return h('tr', {
      class: `selectable${open && inquiry.dueSoon ? ' due-soon' : ''}${selected && selected.id === inquiry.id ? ' selected' : ''}`,
      'aria-current': selected && selected.id === inquiry.id ? 'true' : null,
      dataset: { id: inquiry.id, receipt: inquiry.applicationReceipt },
      tabindex: 0,
      onclick: () => select(inquiry.id),
    },
    h('td', {}, digits(inquiry.applicationReceipt)),
    h('td', {}, open && inquiry.paused ? t('reviewer.pausedLeft', { left: timeLeft(inquiry.timeLeft) })
      : deadline(inquiry.deadlineSolarHijri, inquiry.deadline)),
    h('td', { class: 'days-left' }, open ? daysLeft(inquiry.daysLeft) + (inquiry.paused ? ` (${t('reviewer.paused')})` : '') : ''),
    h('td', { class: 'number' }, area(inquiry.overlapArea_m2)),
    h('td', {}, t(`inquiryStatus.${inquiry.status}`)));
  });
  $('inquiries').querySelector('tbody').replaceChildren(...(rows.length ? rows
    : [h('tr', { class: 'empty' }, h('td', { colspan: 5 }, t('reviewer.none')))]));
  inquiries.footer(tabCount[inbox.selected()]);
}

async function select(id) {
  clear($('answer-message'));
  try {
    selected = await api(`/api/v1/inquiries/${id}`);
  } catch (error) {
    showProblem($('answer-message'), error);
    return;
  }
  refusedSource.clear();
  refusingLand = false;
  $('answer').reset();
  $('refused-part').hidden = true;
  cadastre.show(applicationSource, selected.applicationGeometry, { name: `#${selected.applicationReceipt}` });
  cadastre.fitTo(applicationSource.getExtent());
  renderInquiry();
  renderInbox();
  focusOpened($('inquiry-title'));
}

function renderInquiry() {
  if (!selected) return;
  const inquiry = selected;
  $('inquiry-section').hidden = false;
  $('inquiry-title').textContent = t('reviewer.inquiryTitle', { receipt: digits(inquiry.applicationReceipt) });
  const facts = [
    ['reviewer.fact.agency', agencyName(inquiry.agency)],
    ['reviewer.fact.status', t(`inquiryStatus.${inquiry.status}`)],
    ['reviewer.fact.notified', dateTime(inquiry.notifiedAt)],
    ['reviewer.fact.deadline', inquiry.status === 'OPEN' && inquiry.paused ? inquiryDeadline(inquiry)
      : deadline(inquiry.deadlineSolarHijri, inquiry.deadline)],
  ];
  if (inquiry.status === 'OPEN') facts.push(['reviewer.fact.daysLeft', daysLeft(inquiry.daysLeft)]);
  $('inquiry-facts').replaceChildren(...facts.flatMap(([key, value]) => [h('dt', {}, t(key)), h('dd', {}, value)]));
  $('inquiry-receipt').href = receiptLink(inquiry.applicationId);
  $('overlaps').querySelector('thead').replaceChildren(overlapHead());
  renderOverlaps({ overlaps: inquiry.overlaps || [] }, { source: overlapSource, table: $('overlaps'), catalogue: cadastre.catalogue });
  const response = inquiry.response;
  if (response && response.refusedGeometry && refusedSource.getFeatures().length === 0) {
    cadastre.show(refusedSource, response.refusedGeometry);
  }
  $('response-view').replaceChildren(...(response ? [h('div', { class: 'message success' },
    h('strong', {}, t(`answer.${response.decision}`)),
    response.reason ? h('p', {}, response.reason) : null,
    h('p', {}, t('reviewer.answeredBy', { who: response.answeredBy, when: dateTime(response.answeredAt) })))]
    : inquiry.status === 'DEEMED_CONSENT' ? [h('div', { class: 'message warning' }, t('reviewer.deemed'))]
      : inquiry.status === 'WITHDRAWN' ? [h('div', { class: 'message info' }, t('reviewer.withdrawn'))] : []));
  $('answer').hidden = inquiry.status !== 'OPEN';
  draw.setActive(false);
  modify.setActive(inquiry.status === 'OPEN');
}

function decision() {
  const checked = document.querySelector('input[name=decision]:checked');
  return checked ? checked.value : null;
}

function renderRefused() {
  const feature = refusedSource.getFeatures()[0];
  $('refused-summary').textContent = refusingLand ? t('reviewer.refusedLand')
    : feature ? t('reviewer.refusedDrawn') : '';
}

/** Draws nothing more, and lets the refused part be edited only when drawn. */
function refuseLand(refusing) {
  refusingLand = refusing;
  activity.stopDrawing();
  draw.setActive(false);
  modify.setActive(!refusing);
  refusedSource.clear();
}

document.querySelectorAll('input[name=decision]').forEach((radio) => radio.addEventListener('change', () => {
  const partial = decision() === 'PARTIAL_OBJECTION';
  $('refused-part').hidden = !partial;
  if (!partial) refuseLand(false);
  renderRefused();
}));
$('refuse-land').addEventListener('click', () => {
  refuseLand(true);
  refusedSource.addFeatures((selected.overlaps || []).filter((overlap) => overlap.intersection)
    .map((overlap) => new ol.Feature({ geometry: readGeometry(overlap.intersection) })));
  renderRefused();
});
$('draw-refused').addEventListener('click', () => {
  refuseLand(false);
  draw.setActive(true);
});
$('clear-refused').addEventListener('click', () => {
  refuseLand(false);
  renderRefused();
});
// The refused part typed corner by corner (a keyboard's alternative to drawing it), then
// editable on the map as a drawn one.
typedIntoMap($('refused-corners-box'), cadastre, refusedSource, {
  prefix: 'refused',
  summary: 'corners.typeRefused',
  message: $('answer-message'),
  before: () => refuseLand(false),
});

$('answer').addEventListener('submit', async (event) => {
  event.preventDefault();
  clear($('answer-message'));
  const chosen = decision();
  if (!chosen) {
    showMessage($('answer-message'), t('reviewer.chooseDecision'), 'error');
    return;
  }
  const body = { decision: chosen };
  const reason = $('reason').value.trim();
  if (chosen !== 'CONSENT') body.reason = reason;
  if (chosen === 'PARTIAL_OBJECTION' && refusingLand) {
    body.refuseAgencyLand = true;
  } else if (chosen === 'PARTIAL_OBJECTION') {
    const feature = refusedSource.getFeatures()[0];
    if (!feature) {
      showMessage($('answer-message'), t('reviewer.drawFirst'), 'error');
      return;
    }
    body.refusedGeometry = writeGeometry(feature.getGeometry());
  }
  try {
    selected = await api(`/api/v1/inquiries/${selected.id}/response`, { method: 'POST', json: body });
    showMessage($('answer-message'), t('reviewer.sent'), 'success');
    renderInquiry();
    await loadInbox();
  } catch (error) {
    showProblem($('answer-message'), error);
  }
});

// The agency's inquiry on an application, found by the application's receipt number.
onFind(async (number) => {
  const found = await api(`/api/v1/applications/by-receipt/${number}`);
  const inquiry = (found.inquiries || []).find((i) => i.agency === currentUser().agency);
  await select(inquiry.id);
  $('inquiry-section').scrollIntoView();
});

// Art. 24: the agency's own layers (its legal boundaries), which its reviewers import themselves.
const ownLayers = cadastre.catalogue.filter((layer) => layer.ownerAgency === reviewer.agency && layer.id !== 'applications');
const imports = layerImports({
  heading: 'reviewer.import',
  hint: 'reviewer.importHint',
  onImported: (report) => cadastre.refreshTiles(report.layer),
  history: true,
});
imports.render(ownLayers);
$('import-section').hidden = ownLayers.length === 0;

// How the agency keeps to Article 24, as the ministry sees it.
const figures = agencyFigures();
onLanguage(() => {
  imports.render();
  figures.render();
  renderInbox();
  renderInquiry();
  renderRefused();
});
await Promise.all([loadInbox(), activity.load(), figures.load()]);
// A notice's link: the inquiry it tells of.
openFromAddress({ inquiry: (id) => select(id).then(() => $('inquiry-section').scrollIntoView()) });
document.body.dataset.pageReady = 'true';
