// A licence's document, to read and print: its kind and number, holder, mineral, term and
// state, the obligations that come with its area (Art. 22, 25), and its operational area
// (Art. 26) with an outline and every vertex in UTM and WGS 84. The register is public: any
// signed-in user may open licence.html?licence=<id>.

import { api } from './session.js';
import { t, lang, onLanguage, num, area, dateTime, deadline, daysLeft, digits } from './i18n.js';
import { initPage, h, showProblem } from './page.js';
import { renderVertices } from './vertices.js';

const $ = (id) => document.getElementById(id);

initPage();
const id = new URLSearchParams(location.search).get('licence');
let licence = null;
let vertices = null;
let minerals = [];

function render() {
  if (!licence) return;
  $('licence-document').hidden = false;
  $('licence-title').textContent = t('licence.title', { type: t(`licenceType.${licence.type}`), number: digits(licence.number) });
  document.title = `${t('app.title')} · ${$('licence-title').textContent}`;
  const mineral = minerals.find((m) => m.code === licence.mineral);
  const facts = [
    ['officer.licence.holder', licence.holder],
    ['officer.fact.mineral', mineral ? (lang() === 'fa' ? mineral.nameFa : mineral.name) : licence.mineral],
    ['officer.licence.issued', dateTime(licence.issuedAt, false)],
    licence.registeredAt ? ['licencePage.registered', dateTime(licence.registeredAt, false)] : null,
    ['officer.licence.area', area(licence.area_m2)],
    ['officer.fact.status', t(`licenceStatus.${licence.status}`) + (licence.endReason ? ` — ${licence.endReason}` : '')],
  ].filter((fact) => fact);
  if (licence.lastDaySolarHijri) {
    facts.push(['officer.life.lastDay', deadline(licence.lastDaySolarHijri, licence.endsAt)
      + (licence.daysLeft != null ? ` · ${daysLeft(licence.daysLeft)}` : '')]);
  }
  if (licence.termYears) facts.push(['licencePage.years', num(licence.termYears)]);
  if (licence.reserve) facts.push(['officer.life.reserve', licence.reserve]);
  if (licence.explorationCostRials != null) facts.push(['officer.life.cost', num(licence.explorationCostRials)]);
  $('licence-facts').replaceChildren(...facts.flatMap(([key, value]) => [h('dt', {}, t(key)), h('dd', {}, value)]));
  const obligations = [
    licence.compensation ? t('licencePage.compensation', { parcels: num((licence.compensationParcels || []).length) }) : null,
    licence.levy ? t('licencePage.levy') : null,
  ].filter((o) => o);
  $('licence-obligations').replaceChildren(...obligations.map((o) => h('li', {}, o)));
  renderVertices(vertices, { title: $('licence-vertices-title'), tables: $('licence-rings'), outline: $('licence-outline') });
}

$('print').addEventListener('click', () => window.print());
onLanguage(render);
try {
  const path = `/api/v1/licences/${encodeURIComponent(id)}`;
  [licence, vertices, minerals] = await Promise.all([api(path), api(`${path}/vertices`), api('/api/v1/minerals')]);
  render();
} catch (error) {
  showProblem($('licence-message'), error);
}
document.body.dataset.pageReady = 'true';
