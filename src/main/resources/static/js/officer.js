// The ministry officer's page: applications ready for decision with the grantable area on the
// map (the application minus every refused part), grant or reject, and the licence register,
// where a licence is taken through its life: certificate, exploitation, renewal, transfer, closure;
// the old cadastre's licences entered into the register (registration.js); mining activity
// reported by anyone, and by the officer (activity.js; Art. 19, 34).
// Each tab and the register are read a page at a time; the tabs are counted by the API.

import { api } from './session.js';
import { t, lang, onLanguage, area, dateTime, deadline, daysLeft, digits, num, typedNumber } from './i18n.js';
import { initPage, h, showProblem, showMessage, clear, openFromAddress, onFind, receiptLink, licenceLink, focusOpened } from './page.js';
import { createMap, areaStyle, AREA_COLOUR, readGeometry } from './map.js';
import { tabs, tabCounts, pagedList, exportButton, PAGE_SIZE } from './tabs.js';
import { activityReports } from './activity.js';
import { oldLicences } from './registration.js';
import { decrees } from './decrees.js';
import { agencyFigures } from './agencies.js';
import { warningFacts } from './warnings.js';
import { inquiryItems } from './inquiries.js';

const $ = (id) => document.getElementById(id);

initPage('MINISTRY_OFFICER');
const cadastre = await createMap('map', $('legend'));

const applicationSource = cadastre.overlay('application', areaStyle(AREA_COLOUR, { fill: 0.08, width: 2.5, dash: [8, 6] }));
const grantableSource = cadastre.overlay('grantable', areaStyle('#1e8449', { fill: 0.4, width: 2 }));
const licenceSource = cadastre.overlay('licence', areaStyle('#7b241c', { fill: 0.35, width: 2.5 }));

const minerals = await api('/api/v1/minerals');
const applications = pagedList($('applications-more'), $('list-message'), () => renderList());
const licences = pagedList($('licences-more'), $('list-message'), () => renderRegister());
let counts = {};
let selected = null;
let licence = null;

// The states of each tab; pending ones come by receipt, decided ones latest first.
const STATES = {
  ready: ['READY_FOR_DECISION'],
  consultation: ['SUBMITTED', 'UNDER_CONSULTATION'],
  decided: ['GRANTED', 'REJECTED'],
};
const list = tabs($('tabs'), () => loadList(false));

function mineralName(code) {
  const mineral = minerals.find((m) => m.code === code);
  return mineral ? (lang() === 'fa' ? mineral.nameFa : mineral.name) : code;
}

/** Loads the selected tab's first page, and the tabs' counts unless only the tab changed. */
async function loadList(counted = true) {
  try {
    [counts] = await Promise.all([counted ? api('/api/v1/applications/counts') : counts,
      applications.load(`/api/v1/applications?summary=true&status=${STATES[list.selected()].join(',')}&pageSize=${PAGE_SIZE}`)]);
    clear($('list-message'));
  } catch (error) {
    showProblem($('list-message'), error);
  }
  renderList();
}

exportButton($('export-list'), $('list-message'),
  () => `/api/v1/applications/export?status=${STATES[list.selected()].join(',')}`);

// The register, or only the licences whose holder's request (Art. 8, Art. 10 note 3) awaits a decision.
$('requested-only').addEventListener('change', () => loadRegister());
$('warned-only').addEventListener('change', () => loadRegister());

async function loadRegister() {
  try {
    const requested = $('requested-only').checked ? '&requested=true' : '';
    const warned = $('warned-only').checked ? '&warned=true' : '';
    await licences.load(`/api/v1/licences?pageSize=${PAGE_SIZE}${requested}${warned}`);
  } catch (error) {
    showProblem($('list-message'), error);
  }
  renderRegister();
}

function renderList() {
  const tabCount = tabCounts(counts, STATES);
  list.label('officer.tab', tabCount);
  $('applications').querySelector('thead').replaceChildren(h('tr', {},
    ['receipt', 'applicant', 'mineral', 'area', 'grantable', 'status'].map((c) => h('th', {}, t(`officer.column.${c}`)))));
  const rows = applications.items().map((application) => h('tr', {
    class: `selectable${selected && selected.id === application.id ? ' selected' : ''}`,
    'aria-current': selected && selected.id === application.id ? 'true' : null,
    dataset: { id: application.id, receipt: application.receipt },
    tabindex: 0,
    onclick: () => select(application.id),
  },
  h('td', {}, digits(application.receipt)),
  h('td', {}, application.applicant),
  h('td', {}, mineralName(application.mineral)),
  h('td', { class: 'number' }, area(application.area_m2)),
  h('td', { class: 'number' }, application.grantableArea_m2 != null ? area(application.grantableArea_m2) : ''),
  h('td', {}, t(`status.${application.status}`))));
  $('applications').querySelector('tbody').replaceChildren(...(rows.length ? rows
    : [h('tr', { class: 'empty' }, h('td', { colspan: 6 }, t('officer.none')))]));
  applications.footer(tabCount[list.selected()]);
}

async function select(id) {
  clear($('decision-message'));
  try {
    selected = await api(`/api/v1/applications/${id}`);
  } catch (error) {
    showProblem($('decision-message'), error);
    return;
  }
  licenceSource.clear();
  cadastre.show(applicationSource, selected.geometry);
  cadastre.show(grantableSource, selected.grantableGeometry);
  cadastre.fitTo(applicationSource.getExtent());
  $('reason').value = '';
  renderApplication();
  renderList();
  focusOpened($('application-title'));
}

function renderApplication() {
  if (!selected) return;
  const application = selected;
  $('application-section').hidden = false;
  $('application-title').textContent = t('officer.applicationTitle', { receipt: digits(application.receipt) });
  const facts = [
    ['officer.fact.applicant', application.applicant],
    ['officer.fact.type', t(`licenceType.${application.type}`)],
    ['officer.fact.mineral', mineralName(application.mineral)],
    ['officer.fact.received', dateTime(application.receivedAt)],
    ['officer.fact.status', t(`status.${application.status}`)],
    ['officer.fact.area', area(application.area_m2)],
    ['officer.fact.grantable', application.grantableArea_m2 != null ? area(application.grantableArea_m2) : '—'],
    ['officer.fact.compensation', application.compensation ? t('yes') : t('no')],
    ['officer.fact.levy', application.levy ? t('yes') : t('no')],
  ];
  if (application.decision) facts.push(['officer.fact.decision', `${t(`decision.${application.decision.decision}`)}${application.decision.reason ? ' — ' + application.decision.reason : ''}`]);
  $('application-facts').replaceChildren(...facts.flatMap(([key, value]) => [h('dt', {}, t(key)), h('dd', {}, value)]));
  $('application-inquiries').replaceChildren(...inquiryItems(application.inquiries));
  $('application-receipt').href = receiptLink(application.id);
  $('decide').hidden = application.status !== 'READY_FOR_DECISION';
  $('months-field').hidden = application.type !== 'WITHDRAWAL_PERMIT';
}

async function decide(decision) {
  clear($('decision-message'));
  const body = { decision };
  if (decision === 'REJECT') body.reason = $('reason').value.trim();
  if (decision === 'GRANT' && selected.type === 'WITHDRAWAL_PERMIT') body.months = typedNumber($('months').value);
  try {
    selected = await api(`/api/v1/applications/${selected.id}/decision`, { method: 'POST', json: body });
    let text = t(`officer.done.${decision}`, { receipt: digits(selected.receipt) });
    if (selected.licenceId) {
      const licence = await api(`/api/v1/licences/${selected.licenceId}`);
      text = t('officer.licenceIssued', { number: digits(licence.number), area: area(licence.area_m2) });
      cadastre.show(licenceSource, licence.geometry);
      grantableSource.clear();
    }
    cadastre.refreshTiles('applications', 'licences');
    renderApplication();
    showMessage($('decision-message'), text, 'success');
    await Promise.all([loadList(), loadRegister()]);
  } catch (error) {
    showProblem($('decision-message'), error);
  }
}
$('grant').addEventListener('click', () => decide('GRANT'));
$('reject').addEventListener('click', () => decide('REJECT'));

function renderRegister() {
  $('licences').querySelector('thead').replaceChildren(h('tr', {},
    ['number', 'type', 'holder', 'status', 'area'].map((c) => h('th', {}, t(`officer.licence.${c}`)))));
  const rows = licences.items().map((item) => h('tr', {
    class: `selectable${licence && licence.id === item.id ? ' selected' : ''}`, dataset: { number: item.number },
    'aria-current': licence && licence.id === item.id ? 'true' : null,
    tabindex: 0,
    onclick: () => selectLicence(item),
  },
  h('td', {}, digits(item.number)),
  h('td', {}, t(`licenceType.${item.type}`)),
  h('td', {}, item.holder),
  h('td', { class: `status-${item.status}` }, t(`licenceStatus.${item.status}`)
    // Asked and not yet answered: a superseded licence's request was answered by its successor.
    + (item.requestedAt && item.status === 'ACTIVE' ? ` · ${t('officer.licence.asked')}` : '')
    + (item.warnings.some((w) => !w.decidedAt) ? ` · ${t('officer.licence.warned')}` : '')),
  h('td', { class: 'number' }, area(item.area_m2))));
  $('licences').querySelector('tbody').replaceChildren(...(rows.length ? rows
    : [h('tr', { class: 'empty' }, h('td', { colspan: 5 }, t('officer.noLicences')))]));
  licences.footer();
}

// One licence: its facts, and the changes it can take while active (DESIGN §2: Art. 7, 8, 10).
function selectLicence(item) {
  licence = item;
  $('transfer-to').value = item.transferTo || '';
  clear($('licence-message'));
  cadastre.show(licenceSource, item.geometry);
  cadastre.fitTo(readGeometry(item.geometry).getExtent());
  renderLicence();
  renderRegister();
  focusOpened($('licence-title'));
}

function renderLicence() {
  if (!licence) return;
  $('licence-section').hidden = false;
  $('licence-title').textContent = t('licence.title', { type: t(`licenceType.${licence.type}`), number: digits(licence.number) });
  const obligations = [licence.compensation ? t('officer.licence.compensation') : null, licence.levy ? t('officer.licence.levy') : null].filter((f) => f);
  const facts = [
    ['officer.fact.status', t(`licenceStatus.${licence.status}`) + (licence.endReason ? ` — ${licence.endReason}` : '')],
    ['officer.licence.holder', licence.holder],
    ['officer.fact.mineral', mineralName(licence.mineral)],
    ['officer.licence.issued', dateTime(licence.issuedAt, false)],
    ['officer.licence.area', area(licence.area_m2)],
    ['officer.licence.flags', obligations.length ? obligations.join(', ') : '—'],
  ];
  if (licence.lastDaySolarHijri) {
    facts.push(['officer.life.lastDay', deadline(licence.lastDaySolarHijri, licence.endsAt)
      + (licence.daysLeft != null ? ` · ${daysLeft(licence.daysLeft)}` : '')]);
  }
  if (licence.reserve) facts.push(['officer.life.reserve', licence.reserve]);
  if (licence.requestedAt) {
    facts.push([licence.type === 'EXPLOITATION' ? 'officer.life.renewalRequested' : 'officer.life.requested', dateTime(licence.requestedAt, false)
      + (licence.requestNote ? ` — ${licence.requestNote}` : '')]);
  }
  if (licence.explorationCostRials != null) facts.push(['officer.life.cost', num(licence.explorationCostRials)]);
  if (licence.transferTo) {
    facts.push(['officer.life.transferAsked', `${licence.transferTo} · ${dateTime(licence.transferAskedAt, false)}`
      + (licence.transferNote ? ` — ${licence.transferNote}` : '')]);
  }
  $('licence-facts').replaceChildren(...facts.flatMap(([key, value]) => [h('dt', {}, t(key)), h('dd', {}, value)]));
  $('licence-document-link').href = licenceLink(licence.id);
  $('licence-warnings').replaceChildren(...licence.warnings.map((warning) => h('li', { dataset: { warning: warning.id, status: warning.status } },
    warningFacts(warning), warning.decidedAt ? null : warningDecision(warning))));
  const actions = $('licence-actions');
  actions.hidden = licence.status !== 'ACTIVE';
  actions.querySelectorAll('[data-types]').forEach((el) => { el.hidden = !el.dataset.types.split(' ').includes(licence.type); });
  $('transfer-refusal-field').hidden = !licence.transferTo;
  // Art. 10 note 3: a renewal's years are corrected only until the period it added begins.
  const correctable = licence.renewalCorrectableUntilSolarHijri;
  $('renewal-correction-field').hidden = !correctable;
  $('renewal-correction-hint').textContent = correctable
    ? t('officer.life.correctionHint', { years: num(licence.termYears), day: deadline(correctable) }) : '';
}

// Art. 20: fulfilled at any time; damages or unfitness only once the deadline has passed.
function warningDecision(warning) {
  const reason = h('input', { placeholder: t('officer.warning.reason'), 'aria-label': t('officer.warning.reason') });
  const early = warning.status !== 'OVERDUE';
  return h('div', { class: 'warning-decision' }, reason, ['FULFILLED', 'DAMAGES', 'UNFIT'].map((outcome) => h('button', {
    type: 'button', class: outcome === 'FULFILLED' ? 'primary' : 'danger', dataset: { outcome },
    disabled: outcome !== 'FULFILLED' && early, title: outcome !== 'FULFILLED' && early ? t('officer.warning.afterDeadline') : null,
    onclick: () => changeLicence(`warnings/${warning.id}/decision`, { outcome, reason: reason.value.trim() || null }, 'warning'),
  }, t(`officer.warning.${outcome}`))));
}

async function changeLicence(action, body, done = action) {
  clear($('licence-message'));
  try {
    const changed = await api(`/api/v1/licences/${licence.id}/${action}`, { method: 'POST', json: body });
    const before = licence;
    licence = changed;
    cadastre.show(licenceSource, changed.geometry);
    cadastre.refreshTiles('licences');
    await loadRegister();
    renderLicence();
    showMessage($('licence-message'), t(`officer.life.done.${done}`,
      { number: digits(changed.number), before: digits(before.number), holder: changed.holder }), 'success');
  } catch (error) {
    showProblem($('licence-message'), error);
  }
}
const value = (id) => $(id).value.trim();
// Typed in Persian or Latin digits; number fields are text fields, as a number field drops Persian digits.
const whole = (id) => typedNumber(value(id));
$('discovery-certificate').addEventListener('click', () => changeLicence('discovery-certificate',
  { reserve: value('reserve'), explorationCostRials: whole('cost') }));
$('exploitation-licence').addEventListener('click', () => changeLicence('exploitation-licence', { years: whole('years') }));
// The renewal names the period it renews, so that one sent twice, or after another officer's, is refused.
$('renewal').addEventListener('click', () => changeLicence('renewal', { years: whole('years'), after: licence.lastDaySolarHijri }));
$('renewal-correction').addEventListener('click', () => changeLicence('renewal-correction',
  { years: whole('correction-years'), reason: value('correction-reason') }));
// Approving the holder's request names no one, so that if another officer refused or approved it
// a moment ago this is refused (409) rather than made a transfer of the officer's own.
$('transfer').addEventListener('click', () => changeLicence('transfer',
  licence.transferTo && value('transfer-to') === licence.transferTo ? {} : { to: value('transfer-to') }));
$('closure').addEventListener('click', () => changeLicence('closure', { reason: value('closure-reason') }));
$('warn').addEventListener('click', () => changeLicence('warnings', { obligation: value('warning-obligation'), days: whole('warning-days') }));
$('transfer-refusal').addEventListener('click', () => changeLicence('transfer-refusal', { reason: value('transfer-refusal-reason') }));

// The audit trail's check: intact, or its first break; against an anchor kept outside the service
// when its digest is given.
$('check-audit').addEventListener('click', async () => {
  clear($('audit-message'));
  $('check-audit').disabled = true;
  const digest = value('anchor-digest');
  try {
    const report = await api(`/api/v1/audit/verification${digest ? `?anchor=${encodeURIComponent(digest)}` : ''}`);
    const events = num(report.events);
    const anchorProblem = report.anchor && report.anchor.problems[0];
    if (report.intact) {
      showMessage($('audit-message'), t(report.anchor ? 'officer.audit.intactAnchored' : 'officer.audit.intact', { events }), 'success');
    } else if (report.breakCount === 0 && anchorProblem) {
      const problem = t(`officer.audit.${anchorProblem.kind}`, { id: digits(anchorProblem.id), chain: digits(anchorProblem.chain) });
      showMessage($('audit-message'), t('officer.audit.anchorBroken', { problem }), 'error');
    } else {
      const first = report.breaks[0];
      showMessage($('audit-message'), t('officer.audit.broken', { events, breaks: num(report.breakCount), id: digits(first.id), problem: t(`officer.audit.${first.kind}`) }), 'error');
    }
  } catch (error) {
    showProblem($('audit-message'), error);
  }
  $('check-audit').disabled = false;
});

$('take-anchor').addEventListener('click', async () => {
  clear($('audit-message'));
  try {
    const anchor = await api('/api/v1/audit/anchors', { method: 'POST' });
    $('anchor-digest').value = anchor.digest;
    showMessage($('audit-message'), t('officer.audit.anchorTaken', { id: digits(anchor.id), event: digits(anchor.lastEvent), digest: anchor.digest }), 'success');
  } catch (error) {
    showProblem($('audit-message'), error);
  }
});

const registration = oldLicences(cadastre, minerals, async (registered) => {
  cadastre.refreshTiles('licences');
  await loadRegister();
  if (registered) selectLicence(registered);
});

// An application found by its receipt number (as applicants quote it), or a licence by its number.
onFind(async (number) => {
  if ($('find-kind').value === 'application') {
    const found = await api(`/api/v1/applications/by-receipt/${number}`);
    await select(found.id);
    $('application-section').scrollIntoView();
  } else {
    selectLicence(await api(`/api/v1/licences/by-number/${number}`));
    $('licence-section').scrollIntoView();
  }
});

// One drawing at a time: a decree's region or reported activity.
const windows = decrees(cadastre, { onDraw: () => activity.stopDrawing() });
const agencies = agencyFigures();
onLanguage(() => {
  renderList();
  renderApplication();
  renderRegister();
  renderLicence();
  registration.render();
  windows.render();
  agencies.render();
});
const activity = activityReports(cadastre, { listHeading: 'activity.allReports', onDraw: () => windows.stopDrawing() });
await Promise.all([loadList(), loadRegister(), activity.load(), windows.load(), agencies.load()]);
// A notice's link: the application or the licence it tells of.
openFromAddress({
  application: (id) => select(id).then(() => $('application-section').scrollIntoView()),
  // An anchor a notice tells of: its digest ready to check the trail against.
  'audit-anchor': async (id) => {
    $('audit-section').scrollIntoView();
    try {
      const anchor = await api(`/api/v1/audit/anchors/${encodeURIComponent(id)}`);
      $('anchor-digest').value = anchor.digest;
      showMessage($('audit-message'), t('officer.audit.anchorOpened', { id: digits(anchor.id), event: digits(anchor.lastEvent), digest: anchor.digest }));
    } catch (error) {
      showProblem($('audit-message'), error);
    }
  },
  licence: async (id) => {
    try {
      selectLicence(await api(`/api/v1/licences/${id}`));
      $('licence-section').scrollIntoView();
    } catch (error) {
      showProblem($('licence-message'), error);
    }
  },
});
document.body.dataset.pageReady = 'true';
