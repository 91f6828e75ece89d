// An application's receipt, to read and print: the proof of its priority (DESIGN §3). Its
// number and time of receipt, what was applied for, the area vertex by vertex in UTM and in
// WGS 84 with an outline, the inquiries it opened, and the audit event that recorded it.
// Any user who may see the application may open it: receipt.html?application=<id>.

import { api } from './session.js';
import { t, lang, onLanguage, area, dateTime, digits, agencyName } from './i18n.js';
import { initPage, h, showProblem } from './page.js';
import { renderVertices } from './vertices.js';
import { inquiryDeadline } from './inquiries.js';

const $ = (id) => document.getElementById(id);

initPage();
const id = new URLSearchParams(location.search).get('application');
let receipt = null;
let minerals = [];

function render() {
  if (!receipt) return;
  $('receipt-document').hidden = false;
  $('receipt-title').textContent = t('receiptPage.title', { receipt: digits(receipt.receipt) });
  document.title = `${t('app.title')} · ${$('receipt-title').textContent}`;
  const mineral = minerals.find((m) => m.code === receipt.mineral);
  const facts = [
    ['receiptPage.receipt', digits(receipt.receipt)],
    ['receiptPage.receivedAt', dateTime(receipt.receivedAt)],
    ['receiptPage.applicant', receipt.applicant],
    ['receiptPage.type', t(`licenceType.${receipt.type}`)],
    ['receiptPage.mineral', mineral ? (lang() === 'fa' ? mineral.nameFa : mineral.name) : receipt.mineral],
    ['receiptPage.area', area(receipt.area_m2)],
  ];
  if (receipt.trimmed) facts.push(['receiptPage.requested', area(receipt.requestedArea_m2)]);
  facts.push(['receiptPage.status', t(`status.${receipt.status}`)]);
  $('receipt-facts').replaceChildren(...facts.flatMap(([key, value]) => [h('dt', {}, t(key)), h('dd', {}, value)]));
  renderVertices(receipt, { title: $('receipt-vertices-title'), tables: $('receipt-rings'), outline: $('receipt-outline') });
  const inquiries = receipt.inquiries || [];
  $('receipt-inquiries').replaceChildren(...(inquiries.length
    ? inquiries.map((inquiry) => h('li', {}, t('inquiry.to', { agency: agencyName(inquiry.agency) }), ' — ',
      inquiryDeadline(inquiry)))
    : [h('li', { class: 'hint' }, t('receiptPage.noInquiries'))]));
  const recorded = receipt.recorded;
  $('receipt-recorded').textContent = recorded
    ? t('receiptPage.recorded', { event: digits(recorded.event), when: dateTime(recorded.at) }) : '';
  $('receipt-hashes').replaceChildren(...(recorded ? [
    h('dt', {}, t('receiptPage.geometryHash')), h('dd', { dir: 'ltr', class: 'hash' }, recorded.geometryHash),
    h('dt', {}, t('receiptPage.eventHash')), h('dd', { dir: 'ltr', class: 'hash' }, recorded.hash)] : []));
}

$('print').addEventListener('click', () => window.print());
onLanguage(render);
try {
  [receipt, minerals] = await Promise.all([api(`/api/v1/applications/${encodeURIComponent(id)}/receipt`), api('/api/v1/minerals')]);
  render();
} catch (error) {
  showProblem($('receipt-message'), error);
}
document.body.dataset.pageReady = 'true';
