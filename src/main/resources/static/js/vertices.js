// An area's vertices as a receipt or a licence lists them ({utmSrid, rings}: GET
// /api/v1/applications/{id}/receipt, GET /api/v1/licences/{id}/vertices): a table per ring in
// UTM and WGS 84, and the area's outline, north up, with the shells' vertices numbered.

import { t, num, digits } from './i18n.js';
import { h } from './page.js';

const SVG = 'http://www.w3.org/2000/svg';

/** Fills a heading, a box for the tables and an <svg viewBox="0 0 240 240"> with the area's vertices. */
export function renderVertices(area, { title, tables, outline }) {
  title.textContent = t('vertices.title', { zone: digits(area.utmSrid - 32600), srid: digits(area.utmSrid) });
  tables.replaceChildren(...area.rings.map(ringTable));
  draw(area.rings, outline);
}

function ringTable(ring) {
  const columns = ['n', 'easting', 'northing', 'lon', 'lat'];
  return h('table', { class: 'grid vertices', dataset: { polygon: ring.polygon, hole: ring.hole } },
    h('caption', {}, t(ring.hole ? 'vertices.hole' : 'vertices.shell', { polygon: digits(ring.polygon) })),
    h('thead', {}, h('tr', {}, columns.map((c) => h('th', {}, t(`vertices.column.${c}`))))),
    h('tbody', {}, ring.vertices.map((v) => h('tr', {},
      h('td', {}, digits(v.n)),
      h('td', { class: 'number' }, num(v.easting, 2)),
      h('td', { class: 'number' }, num(v.northing, 2)),
      h('td', { class: 'number' }, num(v.lon, 7)),
      h('td', { class: 'number' }, num(v.lat, 7))))));
}

function svg(tag, attributes, text) {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  if (text != null) element.textContent = text;
  return element;
}

function draw(rings, outline) {
  const all = rings.flatMap((ring) => ring.vertices);
  const [minX, maxX] = [Math.min(...all.map((v) => v.easting)), Math.max(...all.map((v) => v.easting))];
  const [minY, maxY] = [Math.min(...all.map((v) => v.northing)), Math.max(...all.map((v) => v.northing))];
  const scale = 200 / Math.max(maxX - minX, maxY - minY, 1);
  const x = (v) => 20 + (v.easting - minX) * scale;
  const y = (v) => 220 - (v.northing - minY) * scale;
  const path = rings.map((ring) => `M${ring.vertices.map((v) => `${x(v).toFixed(1)},${y(v).toFixed(1)}`).join('L')}Z`).join(' ');
  // Each number a little outside its vertex, away from the middle of its ring.
  const labels = rings.filter((ring) => !ring.hole).flatMap((ring) => {
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
  outline.replaceChildren(svg('path', { d: path, 'fill-rule': 'evenodd' }), ...labels);
}
