package ir.cadastre.licence;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import ir.cadastre.notify.Notification;

/**
 * What users are told about a licence: its holder, of every change to it; the officers,
 * of what its holder asks for; the officer who warned it, of the holder's report and of a
 * deadline passed (Art. 20). The texts are the {@code licence.*} notices of the
 * catalogue.
 */
final class LicenceNotices {

	private LicenceNotices() {
	}

	/**
	 * A notice about a licence to one user.
	 * @param licence the licence
	 * @param user the user told
	 * @param notice its key in the catalogue
	 * @param facts the facts it names, as name, value…
	 */
	static Notification notice(UUID licence, String user, String notice, Object... facts) {
		return Notification.of("LICENCE", "user:" + user, "licence:" + licence, notice, facts);
	}

	/**
	 * A notice about a licence to every enabled officer: a request of its holder that
	 * waits for the ministry.
	 * @param officers the officers, as {@link ir.cadastre.notify.Outbox#officers()} gives
	 * them
	 */
	static List<Notification> toOfficers(UUID licence, List<String> officers, String notice, Object... facts) {
		return officers.stream()
			.map((officer) -> Notification.of("LICENCE", officer, "licence:" + licence, notice, facts))
			.toList();
	}

	/**
	 * A notice to the holder of the end of a licence, which also tells that the transfer
	 * the holder asked for on it ends too.
	 * @param transferTo the user the holder asked to transfer the licence to, or
	 * {@code null}
	 */
	static Notification end(UUID licence, String holder, String notice, String transferTo, Object... facts) {
		Object[] all = Arrays.copyOf(facts, facts.length + 4);
		all[facts.length] = "transfer";
		all[facts.length + 1] = (transferTo != null) ? "yes" : "no";
		all[facts.length + 2] = "transferTo";
		all[facts.length + 3] = transferTo;
		return notice(licence, holder, notice, all);
	}

}
