/**
 * The HTTP edge shared by every feature: request limits applied before parsing, the JSON
 * reader's limits, and the one place that turns failures into RFC 9457 problems.
 *
 * <p>
 * A <em>problem type</em> is a stable URN ({@code urn:cadastre:problem:<slug>}) that a
 * client may switch on; the title and detail are for people.
 */
package ir.cadastre.web;
