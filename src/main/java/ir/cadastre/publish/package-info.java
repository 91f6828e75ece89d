/**
 * Publication of the layers as WMS through GeoServer (DESIGN §3, §5). <em>Publishing</em>
 * makes GeoServer serve each layer of the catalogue from its read-only view
 * {@code publish.<layer>}: a workspace, a PostGIS datastore, one feature type, style and
 * layer per layer, and a layer group of all of them, each checked first and changed only
 * when it differs. A <em>layer change</em> (an import, a decision) is recorded in the
 * changing transaction; afterwards the layer's cached tiles are <em>truncated</em> in
 * GeoWebCache so that maps show the change.
 */
package ir.cadastre.publish;
