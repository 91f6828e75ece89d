/**
 * The audit trail (DESIGN §3): an append-only table in which every state change writes
 * one <em>event</em> — who, when, what, and the hash of the geometry concerned — chained
 * by hash, so that a changed or missing event shows.
 */
package ir.cadastre.audit;
