/**
 * The notification outbox: rows written in the transaction that causes them, delivered by
 * e-mail when that is configured.
 */
package ir.cadastre.notify;
