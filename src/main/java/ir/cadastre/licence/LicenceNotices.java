package ir.cadastre.licence;

import ir.cadastre.notify.Outbox.Notification;

/**
 * What users are told about a licence: its holder, of every change to it; the officer who
 * warned it, of the holder's report and of a deadline passed (Art. 20).
 */
final class LicenceNotices {

	private LicenceNotices() {
	}

	/** A notification about a licence to one user. */
	static Notification notice(String user, String subject, String body) {
		return new Notification("LICENCE", "user:" + user, subject, body);
	}

	/**
	 * What a holder is told, beside the end of a licence, of the transfer it asked for on
	 * it: that it ends too.
	 * @param transferTo the user the holder asked to transfer the licence to, or
	 * {@code null}
	 */
	static String transferEnds(String transferTo) {
		return (transferTo != null) ? " Your request to transfer it to " + transferTo + " ends with it." : "";
	}

}
