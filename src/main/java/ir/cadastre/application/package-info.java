/**
 * Applications for exploration licences, first come, first served (DESIGN §2, §3; Mining
 * Law Art. 3, 4, 6, 9). An <em>application</em> claims an area from the moment the
 * database accepts it; its <em>receipt</em> number and time fix its priority. A
 * <em>blocking claim</em> is an earlier pending application or a licence, certificate or
 * permit in force: an application may not share interior with one. <em>Claim locks</em>
 * on the cells of a coarse grid make racing submissions that overlap take turns, so
 * exactly one of them wins.
 */
package ir.cadastre.application;
