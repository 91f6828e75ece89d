package ir.cadastre.security;

/**
 * The four kinds of user (DESIGN §5).
 */
public enum Role {

	APPLICANT, AGENCY_REVIEWER, GIS_ADMIN, MINISTRY_OFFICER;

	/** The Spring Security authority, {@code ROLE_<name>}. */
	public String authority() {
		return "ROLE_" + name();
	}

}
