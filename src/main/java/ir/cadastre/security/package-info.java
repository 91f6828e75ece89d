/**
 * Who may do what: local users with BCrypt passwords over HTTP Basic, four roles
 * ({@code APPLICANT}, {@code AGENCY_REVIEWER} bound to one agency, {@code GIS_ADMIN},
 * {@code MINISTRY_OFFICER}), and refusals written as problems.
 */
package ir.cadastre.security;
