// The map every page shows: Iran's boundary, the cadastre's layers as vector tiles (the page
// fetches each tile itself, with the user's credentials), an optional base map, a legend, and
// overlay layers for what a page draws (an area, its overlaps, a licence).
//
// Test hook: window.cadastreMap.pixelOf([lon, lat]) gives the CSS pixel of a position inside
// the map element, so a browser test can click there; featuresAt([lon, lat]) lists what is
// drawn at a position; fit([minLon, minLat, maxLon, maxLat]) shows an extent.

import { api, authorization } from './session.js';
import { t, lang, onLanguage, num } from './i18n.js';
import { h } from './page.js';

const ol = window.ol;

/** The colour of each legal consequence of an overlap. */
export const CONSEQUENCE_COLOURS = {
  BLOCKS: '#c0392b',
  INQUIRY: '#e67e22',
  COMPENSATION: '#8e44ad',
  LEVY: '#b7950b',
};

const LAYER_COLOURS = {
  licences: '#7b241c',
  applications: '#d63384',
  protected_areas: '#1e8449',
  forests: '#0b5345',
  national_resources: '#a04000',
  agricultural_lands: '#7dcea0',
  executive_boundaries: '#2e4053',
  property_parcels: '#7f8c8d',
};

export const AREA_COLOUR = '#1f5fbf';

const geoJson = new ol.format.GeoJSON({ dataProjection: 'EPSG:4326', featureProjection: 'EPSG:3857' });

export function readGeometry(geometry) {
  return geoJson.readGeometry(geometry);
}

export function writeGeometry(geometry) {
  return geoJson.writeGeometryObject(geometry, { decimals: 7 });
}

export function fromLonLat(position) {
  return ol.proj.fromLonLat(position);
}

function rgba(hex, alpha) {
  const value = parseInt(hex.substring(1), 16);
  return `rgba(${(value >> 16) & 255}, ${(value >> 8) & 255}, ${value & 255}, ${alpha})`;
}

/** A fill-and-outline style; dashed outlines for proposals, solid for what exists. */
export function areaStyle(colour, { fill = 0.25, width = 1.5, dash } = {}) {
  return new ol.style.Style({
    fill: new ol.style.Fill({ color: rgba(colour, fill) }),
    stroke: new ol.style.Stroke({ color: colour, width, lineDash: dash }),
  });
}

function tileLoader(tile, url) {
  tile.setLoader(async (extent, resolution, projection) => {
    try {
      const response = await fetch(url, {
        headers: { Authorization: authorization(), 'X-Requested-With': 'XMLHttpRequest' },
      });
      if (!response.ok) {
        tile.setFeatures([]);
        return;
      }
      const data = await response.arrayBuffer();
      tile.setFeatures(data.byteLength === 0 ? [] : tile.getFormat().readFeatures(data, { extent, featureProjection: projection }));
    } catch (error) {
      tile.setState(3);
    }
  });
}

function tileLayer(layer) {
  const colour = LAYER_COLOURS[layer.id] || '#34495e';
  const style = layer.id === 'property_parcels'
    ? areaStyle(colour, { fill: 0.08, width: 0.6 })
    : areaStyle(colour, { fill: layer.id === 'licences' ? 0.4 : 0.22, width: 1.2 });
  return new ol.layer.VectorTile({
    source: new ol.source.VectorTile({
      format: new ol.format.MVT(),
      url: `/tiles/${layer.id}/{z}/{x}/{y}.mvt`,
      tileLoadFunction: tileLoader,
      maxZoom: 16,
    }),
    style,
    properties: { cadastreLayer: layer.id },
    declutter: false,
  });
}

/** Iran on a plain background; over a base map, the outline only. */
async function boundaryLayer(overBaseMap) {
  const boundary = await api('/api/v1/jurisdiction');
  const source = new ol.source.Vector({ features: geoJson.readFeatures(boundary) });
  return new ol.layer.Vector({
    source,
    style: new ol.style.Style({
      fill: overBaseMap ? undefined : new ol.style.Fill({ color: '#f6f3ec' }),
      stroke: new ol.style.Stroke({ color: '#5d6d7e', width: 1.5 }),
    }),
    properties: { cadastreLayer: 'jurisdiction' },
  });
}

function legend(element, cadastre) {
  const render = () => {
    const { catalogue, tileLayers } = cadastre;
    const layerItems = catalogue.map((layer) => {
      const toggle = h('input', { type: 'checkbox', checked: tileLayers[layer.id].getVisible() });
      toggle.addEventListener('change', () => tileLayers[layer.id].setVisible(toggle.checked));
      return h('li', { dataset: { layer: layer.id } },
        h('label', {}, toggle,
          h('span', { class: 'swatch', style: `background:${rgba(LAYER_COLOURS[layer.id] || '#34495e', 0.5)};border-color:${LAYER_COLOURS[layer.id] || '#34495e'}` }),
          h('span', {}, lang() === 'fa' ? layer.titleFa : layer.title),
          h('span', { class: 'count' }, num(layer.featureCount))));
    });
    const consequenceItems = Object.entries(CONSEQUENCE_COLOURS).map(([consequence, colour]) =>
      h('li', {}, h('span', { class: 'swatch', style: `background:${rgba(colour, 0.55)};border-color:${colour}` }),
        h('span', {}, t(`consequence.${consequence}`))));
    // Open at first, but for a narrow window, where it would cover most of the map.
    const open = element.querySelector('details') ? element.querySelector('details').open : !window.matchMedia('(max-width: 760px)').matches;
    element.replaceChildren(h('details', { open }, h('summary', {}, t('legend.title')),
      h('h3', {}, t('legend.layers')), h('ul', {}, layerItems),
      h('h3', {}, t('legend.overlaps')), h('ul', {}, consequenceItems,
        h('li', {}, h('span', { class: 'swatch', style: `background:${rgba(AREA_COLOUR, 0.15)};border-color:${AREA_COLOUR};border-style:dashed` }),
          h('span', {}, t('legend.area'))))));
  };
  onLanguage(render);
  render();
  return render;
}

/**
 * Creates the map in `target` with the legend in `legendElement`. Resolves once the boundary
 * and the catalogue are in.
 */
export async function createMap(target, legendElement) {
  const [settings, catalogue] = await Promise.all([api('/api/v1/map/settings'), api('/api/v1/layers')]);
  const boundary = await boundaryLayer(Boolean(settings.baseMapUrl));
  const layers = [];
  if (settings.baseMapUrl) {
    layers.push(new ol.layer.Tile({
      source: new ol.source.XYZ({ url: settings.baseMapUrl, attributions: settings.baseMapAttribution || undefined }),
    }));
  }
  layers.push(boundary);
  const tileLayers = {};
  for (const layer of catalogue) {
    tileLayers[layer.id] = tileLayer(layer);
    tileLayers[layer.id].setVisible(layer.id !== 'property_parcels');
    layers.push(tileLayers[layer.id]);
  }
  const map = new ol.Map({
    target,
    layers,
    view: new ol.View({ center: ol.proj.fromLonLat([53.7, 32.4]), zoom: 5, maxZoom: 19 }),
    controls: ol.control.defaults.defaults().extend([new ol.control.ScaleLine()]),
  });
  map.getView().fit(boundary.getSource().getExtent(), { padding: [20, 20, 20, 20] });
  let zIndex = 10;
  let renderLegend = () => {};
  const cadastreMap = {
    map,
    catalogue,
    tileLayers,
    /**
     * Reloads the tiles of some layers after a change (a submission, a licence, an import), and
     * the catalogue's counts in the legend.
     */
    refreshTiles(...ids) {
      (ids.length ? ids : Object.keys(tileLayers)).forEach((id) => tileLayers[id] && tileLayers[id].getSource().refresh());
      api('/api/v1/layers').then((layers) => cadastreMap.setCatalogue(layers), () => {});
    },
    /** A newer catalogue (after an import): the legend's counts follow. */
    setCatalogue(layers) {
      cadastreMap.catalogue = layers;
      renderLegend();
    },
    /** A vector layer above the tiles for what the page draws. */
    overlay(name, style) {
      const source = new ol.source.Vector();
      map.addLayer(new ol.layer.Vector({ source, style, zIndex: zIndex++, properties: { cadastreLayer: name } }));
      return source;
    },
    /** Replaces a source's features with one GeoJSON geometry (or none), with properties. */
    /**
     * One polygon drawn into source: click each corner, then the first again to close; drag a
     * corner or an edge to change it. It snaps to its own corners and to the features of snapTo.
     * Drawing waits for draw.setActive(true); a new drawing replaces the last, and ends drawing.
     */
    drawing(source, snapTo = []) {
      const draw = new ol.interaction.Draw({ source, type: 'Polygon' });
      const modify = new ol.interaction.Modify({ source });
      draw.setActive(false);
      map.addInteraction(modify);
      map.addInteraction(draw);
      for (const snapped of [...snapTo, source]) map.addInteraction(new ol.interaction.Snap({ source: snapped }));
      draw.on('drawstart', () => source.clear());
      draw.on('drawend', () => draw.setActive(false));
      return { draw, modify };
    },
    show(source, geometry, properties) {
      source.clear();
      if (geometry) source.addFeature(new ol.Feature(Object.assign({ geometry: readGeometry(geometry) }, properties)));
    },
    /** Shows an extent (map projection) clear of the legend, which stands at the inline start. */
    fitTo(extent) {
      if (!extent || !isFinite(extent[0])) return;
      const legendWidth = legendElement ? legendElement.offsetWidth + 30 : 60;
      const rtl = document.documentElement.dir === 'rtl';
      map.getView().fit(extent, { padding: [60, rtl ? legendWidth : 60, 60, rtl ? 60 : legendWidth], maxZoom: 15, duration: 0 });
    },
    pixelOf(position) {
      return map.getPixelFromCoordinate(ol.proj.fromLonLat(position));
    },
    featuresAt(position) {
      const pixel = map.getPixelFromCoordinate(ol.proj.fromLonLat(position));
      const found = [];
      map.forEachFeatureAtPixel(pixel, (feature, layer) => {
        found.push({ layer: layer && layer.get('cadastreLayer'), id: feature.get('id') ?? feature.getId(), name: feature.get('name') });
      }, { hitTolerance: 0 });
      return found;
    },
    fit(bbox) {
      map.getView().fit(ol.proj.transformExtent(bbox, 'EPSG:4326', 'EPSG:3857'), { duration: 0 });
      map.renderSync();
    },
  };
  if (legendElement) renderLegend = legend(legendElement, cadastreMap);
  // OpenLayers names its buttons in English; the page names them in its language.
  const controlTitles = () => {
    for (const [selector, key] of [['.ol-zoom-in', 'map.zoomIn'], ['.ol-zoom-out', 'map.zoomOut'],
      ['.ol-rotate-reset', 'map.rotate'], ['.ol-attribution button', 'map.attributions']]) {
      map.getTargetElement().querySelectorAll(selector).forEach((button) => {
        button.title = t(key);
        button.setAttribute('aria-label', t(key));
      });
    }
  };
  onLanguage(controlTitles);
  controlTitles();
  // The map takes the focus, so that the arrow keys move it and + and - zoom it (OpenLayers'
  // keyboard interactions listen on it) for a user without a mouse.
  const mapElement = map.getTargetElement();
  mapElement.tabIndex = 0;
  mapElement.setAttribute('role', 'region');
  const mapLabel = () => mapElement.setAttribute('aria-label', t('map.label'));
  onLanguage(mapLabel);
  mapLabel();
  window.cadastreMap = cadastreMap;
  document.body.dataset.mapReady = 'true';
  return cadastreMap;
}
