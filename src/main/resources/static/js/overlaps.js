// An overlap report on the map (each intersection in its consequence's colour) and as a table:
// layer, feature, agency, area, share of the application, and what it means in law.

import { t, lang, area, percent, deadline, daysLeft, agencyName } from './i18n.js';
import { h } from './page.js';
import { CONSEQUENCE_COLOURS, areaStyle, readGeometry } from './map.js';

const ol = window.ol;

const styles = Object.fromEntries(Object.entries(CONSEQUENCE_COLOURS)
  .map(([consequence, colour]) => [consequence, areaStyle(colour, { fill: 0.5, width: 2 })]));

export function overlapStyle(feature) {
  return styles[feature.get('consequence')] || styles.INQUIRY;
}

function layerTitle(catalogue, id) {
  const layer = catalogue.find((l) => l.id === id);
  if (!layer) return id;
  return lang() === 'fa' ? layer.titleFa : layer.title;
}

/** What one consequence means for this application. */
function meaning(consequence, overlap, inquiryDeadline) {
  if (consequence === 'INQUIRY') {
    const agency = agencyName(overlap.agency);
    return inquiryDeadline
      ? t('meaning.INQUIRY.deadline', {
        agency,
        deadline: deadline(inquiryDeadline.deadlineSolarHijri, inquiryDeadline.deadline),
        days: daysLeft(inquiryDeadline.daysLeft),
      })
      : t('meaning.INQUIRY', { agency });
  }
  return t(`meaning.${consequence}`);
}

/**
 * Draws the report's intersections into `source` and fills `table`, one <tbody> per overlap
 * (its figures, then what it means). Returns the overlaps that block (earlier claims).
 */
export function renderOverlaps(report, { source, table, catalogue }) {
  source.clear();
  const rows = [];
  for (const overlap of report.overlaps) {
    if (overlap.intersection) {
      source.addFeature(new ol.Feature({
        geometry: readGeometry(overlap.intersection),
        consequence: overlap.consequence,
        layer: overlap.layer,
        name: overlap.name,
      }));
    }
    const consequences = overlap.consequences && overlap.consequences.length ? overlap.consequences : [overlap.consequence];
    const name = (lang() === 'fa' && overlap.nameFa) ? overlap.nameFa : (overlap.name || overlap.externalId || overlap.featureId);
    rows.push(h('tbody', { class: `overlap consequence-${overlap.consequence}`, dataset: { layer: overlap.layer, consequence: overlap.consequence } },
      h('tr', {},
        h('td', {}, h('span', { class: 'swatch', style: `background:${CONSEQUENCE_COLOURS[overlap.consequence]}` }), layerTitle(catalogue, overlap.layer)),
        h('td', {}, name),
        h('td', {}, agencyName(overlap.agency)),
        h('td', { class: 'number' }, area(overlap.area_m2)),
        h('td', { class: 'number' }, percent(overlap.percentOfApplication))),
      h('tr', { class: 'meaning-row' },
        h('td', { colspan: 5, class: 'meaning' }, consequences.map((c) => meaning(c, overlap, report.inquiryDeadline)).join(' · ')))));
  }
  if (rows.length === 0) {
    rows.push(h('tbody', { class: 'empty' }, h('tr', {}, h('td', { colspan: 5 }, t('overlaps.none')))));
  }
  table.querySelectorAll('tbody').forEach((body) => body.remove());
  table.append(...rows);
  return report.overlaps.filter((o) => o.consequence === 'BLOCKS');
}

/** The table head for renderOverlaps. */
export function overlapHead() {
  return h('tr', {}, ['layer', 'feature', 'agency', 'area', 'share'].map((c) => h('th', {}, t(`overlaps.${c}`))));
}
