/**
 * The layer catalogue (DESIGN §4) and its features. A <em>layer</em> is a kind of area
 * with an owner agency and the legal consequence of overlapping it; layers and agencies
 * are rows, not code. A <em>feature</em> is one area of a layer; it is <em>current</em>
 * until a later version of its layer retires it.
 */
package ir.cadastre.layer;
