/**
 * Time: the injected {@link java.time.Clock} every feature reads, and (later) Solar Hijri
 * deadlines.
 */
package ir.cadastre.calendar;
