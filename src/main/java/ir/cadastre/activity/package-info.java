/**
 * Reported mining activity checked against the licences. Ministry officers supervise
 * every mine (Mining Law Art. 34) and agencies see mining on their land; either reports
 * an area where mining was seen. The area is <em>covered</em> by a licence when it shares
 * interior with the licence's operational area (Art. 26) by more than the sliver
 * tolerance (touching along an edge or at a corner is not coverage); the part
 * <em>outside</em> is the area minus every licence covering it, and a report is
 * <em>flagged</em> when more than the tolerance lies outside: mining without a licence is
 * possession of public property (Art. 19).
 */
package ir.cadastre.activity;
