// An application's receipt, to read and print: the proof of its priority (DESIGN §3). Its
// number and time of receipt, what was applied for, the area vertex by vertex in UTM and in
// WGS 84 with an outline, the inquiries it opened, and the audit event that recorded it.
// Any user who may see the application may open it: receipt.html?application=<id>.

import { api } from './session.js';
import { t, lang, onLanguage, num, area, dateTime, deadline, digits, agencyName } from './i18n.js';
import { initPage, h, showProblem } from './page.js';

const $ = (id) => document.getElementById(id);
const SVG = 'http://www.w3.org/2000/svg';

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
  $('receipt-vertices-title').textContent = t('receiptPage.vertices', { zone: digits(receipt.utmSrid - 32600), srid: digits(receipt.utmSrid) });
  $('receipt-rings').replaceChildren(...receipt.rings.map(ringTable));
  outline();
  const inquiries = receipt.inquiries || [];
  $('receipt-inquiries').replaceChildren(...(inquiries.length
    ? inquiries.map((inquiry) => h('li', {}, t('inquiry.to', { agency: agencyName(inquiry.agency) }), ' — ',
      t('inquiry.deadline', { deadline: deadline(inquiry.deadlineSolarHijri, inquiry.deadline) })))
    : [h('li', { class: 'hint' }, t('receiptPage.noInquiries'))]));
  const recorded = receipt.recorded;
  $('receipt-recorded').textContent = recorded
    ? t('receiptPage.recorded', { event: digits(recorded.event), when: dateTime(recorded.at) }) : '';
  $('receipt-hashes').replaceChildren(...(recorded ? [
    h('dt', {}, t('receiptPage.geometryHash')), h('dd', { dir: 'ltr', class: 'hash' }, recorded.geometryHash),
    h('dt', {}, t('receiptPage.eventHash')), h('dd', { dir: 'ltr', class: 'hash' }, recorded.hash)] : []));
}

function ringTable(ring) {
  const columns = ['n', 'easting', 'northing', 'lon', 'lat'];
  return h('table', { class: 'grid vertices', dataset: { polygon: ring.polygon, hole: ring.hole } },
    h('caption', {}, t(ring.hole ? 'receiptPage.ring.hole' : 'receiptPage.ring.shell', { polygon: digits(ring.polygon) })),
    h('thead', {}, h('tr', {}, columns.map((c) => h('th', {}, t(`receiptPage.column.${c}`))))),
    h('tbody', {}, ring.vertices.map((v) => h('tr', {},
      h('td', {}, digits(v.n)),
      h('td', { class: 'number' }, num(v.easting, 2)),
      h('td', { class: 'number' }, num(v.northing, 2)),
      h('td', { class: 'number' }, num(v.lon, 7)),
      h('td', { class: 'number' }, num(v.lat, 7))))));
}

/** The area's rings drawn in UTM metres, north up, with the shells' vertices numbered. */
function outline() {
  const all = receipt.rings.flatMap((ring) => ring.vertices);
  const [minX, maxX] = [Math.min(...all.map((v) => v.easting)), Math.max(...all.map((v) => v.easting))];
  const [minY, maxY] = [Math.min(...all.map((v) => v.northing)), Math.max(...all.map((v) => v.northing))];
  const scale = 200 / Math.max(maxX - minX, maxY - minY, 1);
  const x = (v) => 20 + (v.easting - minX) * scale;
  const y = (v) => 220 - (v.northing - minY) * scale;
  const svg = (tag, attributes, text) => {
    const element = document.createElementNS(SVG, tag);
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    if (text != null) element.textContent = text;
    return element;
  };
  const path = receipt.rings.map((ring) => `M${ring.vertices.map((v) => `${x(v).toFixed(1)},${y(v).toFixed(1)}`).join('L')}Z`).join(' ');
  // Each number a little outside its vertex, away from the middle of its ring.
  const labels = receipt.rings.filter((ring) => !ring.hole).flatMap((ring) => {
    const cx = ring.vertices.reduce((sum, v) => sum + x(v), 0) / ring.vertices.length;
    const cy = ring.vertices.reduce((sum, v) => sum + y(v), 0) / ring.vertices.length;
    return ring.vertices.map((v) => {
      const away = Math.hypot(x(v) - cx, y(v) - cy) || 1;
      return svg('text', {
        x: (x(v) + (9 * (x(v) - cx)) / away).toFixed(1),
        y: (y(v) + (9 * (y(v) - cy)) / away + 3).toFixed(1),
      }, digits(v.n));
    });
  });
  $('receipt-outline').replaceChildren(svg('path', { d: path, 'fill-rule': 'evenodd' }), ...labels);
  $('receipt-outline').setAttribute('aria-label', $('receipt-title').textContent);
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
