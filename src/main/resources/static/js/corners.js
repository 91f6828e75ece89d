// Corners typed instead of drawn. Every area a page asks for on the map can be given from the
// keyboard too (WCAG 2.1.1): one corner a line, in a UTM zone or in degrees, minutes and seconds,
// in Latin or Persian digits. The service's own intake reads them (POST /api/v1/areas) and answers
// the area as GeoJSON, which the page shows, lets be edited and sends as it sends a drawn one;
// a refusal is the intake's, the same whichever page asked.

import { api } from './session.js';
import { latinDigits, translate } from './i18n.js';
import { showProblem, clear } from './page.js';

const ol = window.ol;

/** The box's controls (texts from the page's language, kept by its data-i18n keys). */
function fields(ids, summary) {
  const zones = [32638, 32639, 32640, 32641].map((srid) =>
    `<option value="${srid}"${srid === 32639 ? ' selected' : ''}>UTM ${srid - 32600}N (EPSG:${srid})</option>`).join('');
  return `
    <summary data-i18n="${summary}"></summary>
    <label><span data-i18n="corners.notation"></span>
      <select id="${ids.notation}">${zones}<option value="DMS" data-i18n="corners.dms"></option></select></label>
    <textarea id="${ids.corners}" rows="6" dir="ltr" data-i18n-placeholder="corners.placeholder" data-i18n-aria-label="${summary}"></textarea>
    <button type="button" id="${ids.show}" data-i18n="corners.show"></button>`;
}

const marks = new WeakMap();

/**
 * Marks on the map where the intake found a fault (a self-intersection, a corner outside Iran):
 * one overlay a map, whichever form's area it is.
 */
export function faultMarks(cadastre) {
  if (!marks.has(cadastre)) {
    const source = cadastre.overlay('faults', new ol.style.Style({
      image: new ol.style.Circle({ radius: 7, fill: new ol.style.Fill({ color: '#c0392b' }), stroke: new ol.style.Stroke({ color: '#fff', width: 2 }) }),
    }));
    marks.set(cadastre, {
      mark(location) {
        source.clear();
        source.addFeature(new ol.Feature(new ol.geom.Point(ol.proj.fromLonLat(location.coordinates))));
      },
      clear: () => source.clear(),
    });
  }
  return marks.get(cadastre);
}

/**
 * Fills box (a <details>) with a notation, the corners and a button that reads them. Its
 * controls are prefix-notation, prefix-corners and prefix-show-corners unless ids names them
 * ({notation, corners, show}); summary is the text key that says what the corners are of. The area
 * read ({geometry, area_m2, vertexCount}) goes to onArea; a refusal is shown in message, its
 * fault marked with faults (faultMarks). The focus stays on the button, and what the page says of
 * the area (a live region) or the refusal (an alert) is heard from there.
 */
export function typedCorners(box, { prefix, ids, summary = 'corners.type', message, faults, onArea }) {
  const names = ids || { notation: `${prefix}-notation`, corners: `${prefix}-corners`, show: `${prefix}-show-corners` };
  box.innerHTML = fields(names, summary);
  translate(box);
  const notation = document.getElementById(names.notation);
  const corners = document.getElementById(names.corners);

  // Corners typed in Persian digits (with the Persian decimal separator) are read as Latin ones,
  // and a Persian keyboard's comma and semicolon (، ؛) separate numbers as , and ; do.
  function lines() {
    return latinDigits(corners.value).replaceAll('٫', '.').split(/\n/).map((line) => line.trim()).filter((line) => line);
  }

  function vertices() {
    if (notation.value === 'DMS') {
      return { notation: 'DMS', coordinates: lines().map((line) => (line.match(/\d[^EWNSewns]*[EWNSewns]/g) || []).map((v) => v.replace(/\s+/g, ''))) };
    }
    return {
      srid: Number(notation.value),
      coordinates: lines().map((line) => line.split(/[\s,;،؛]+/).filter((v) => v).map(Number)),
    };
  }

  document.getElementById(names.show).addEventListener('click', async () => {
    clear(message);
    try {
      const area = await api('/api/v1/areas', { method: 'POST', json: { vertices: vertices() } });
      if (faults) faults.clear();
      onArea(area);
    } catch (error) {
      showProblem(message, error, faults && faults.mark);
    }
  });
}

/**
 * typedCorners for an area drawn into source on the map: the area typed goes into source, where
 * it is edited as a drawn one, and the map shows it; before() first makes room for it (stops
 * drawing, clears what was drawn).
 */
export function typedIntoMap(box, cadastre, source, { prefix, summary, message, before }) {
  typedCorners(box, {
    prefix,
    summary,
    message,
    faults: faultMarks(cadastre),
    onArea: (typed) => {
      before();
      cadastre.show(source, typed.geometry);
      cadastre.fitTo(source.getExtent());
    },
  });
}
