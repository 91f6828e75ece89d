package ir.cadastre.licence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import ir.cadastre.audit.Audit;
import ir.cadastre.notify.Notification;
import ir.cadastre.notify.Outbox;
import ir.cadastre.security.CadastreUser;
import ir.cadastre.web.CadastreProblem;
import ir.cadastre.web.InputError;
import ir.cadastre.web.Text;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a holder asks of the ministry before a term ends, keeping the priority the law
 * gives it until the ministry decides, however long that takes: the exploitation licence
 * on a discovery certificate, within its year (Art. 8), and the renewal of an
 * exploitation licence, within its period (Art. 10 note 3). Until then the licence does
 * not lapse or expire, and keeps its land.
 */
@Component
class HolderRequests {

	private final JdbcClient db;

	private final Licences licences;

	private final Audit audit;

	private final Outbox outbox;

	HolderRequests(JdbcClient db, Licences licences, Audit audit, Outbox outbox) {
		this.db = db;
		this.licences = licences;
		this.audit = audit;
		this.outbox = outbox;
	}

	/**
	 * Records the holder's request.
	 * @param kind what is asked for
	 * @throws CadastreProblem 400 a note too long; 403 not the holder; 404 unknown; 409
	 * another kind of licence, not active (its term over), or asked already
	 */
	@Transactional
	public LicenceView ask(UUID id, Asked kind, HolderRequest request, CadastreUser holder) {
		List<InputError> errors = new ArrayList<>();
		RequestFields.text(errors, "note", request.note(), false);
		RequestFields.refuse(errors);
		Current licence = this.licences.lock(id);
		licence.requireHolder(holder, kind.asking);
		licence.require(kind.type, kind.rule);
		if (licence.requested()) {
			throw new CadastreProblem(HttpStatus.CONFLICT, "already-requested", "Already asked",
					kind.askedAlready(licence.number()));
		}
		String note = (request.note() != null && !request.note().isBlank()) ? request.note().strip() : null;
		this.db.sql("""
				WITH asked AS (
				    UPDATE licence SET requested_at = cadastre_now(), request_note = :note WHERE id = :id
				)
				UPDATE feature SET ends_at = NULL WHERE id = :feature
				""").param("note", note).param("id", id).param("feature", licence.featureId()).update();
		this.audit.record(holder.username(), "licence." + kind.action, "licence:" + id,
				Map.of("note", (note != null) ? note : ""), null);
		List<Notification> notices = new ArrayList<>(
				LicenceNotices.toOfficers(id, this.outbox.officers(), "licence.requested-officer", "kind", kind,
						"number", licence.number(), "holder", holder.username(), "note", note));
		notices.add(LicenceNotices.notice(id, holder.username(), "licence.requested", "kind", kind, "number",
				licence.number()));
		this.outbox.add(notices);
		return this.licences.get(id);
	}

	/** What a holder asks for, and on what. */
	enum Asked {

		/** Art. 8: on a discovery certificate, within its year. */
		EXPLOITATION("DISCOVERY_CERTIFICATE", Text.of("asks for the exploitation licence"),
				Text.of("The exploitation licence is asked for on a discovery certificate (Art. 8)."),
				"exploitation-request"),

		/** Art. 10 note 3: on an exploitation licence, within its period. */
		RENEWAL("EXPLOITATION", Text.of("asks for the renewal"),
				Text.of("The renewal is asked for on an exploitation licence (Art. 10 note 3)."), "renewal-request");

		/** The type of licence it is asked for on. */
		final String type;

		/** What the holder does in asking, as {@link Current#requireHolder} says it. */
		final Text asking;

		/** On what it is asked for, and by which article. */
		final Text rule;

		final String action;

		Asked(String type, Text asking, Text rule, String action) {
			this.type = type;
			this.asking = asking;
			this.rule = rule;
			this.action = action;
		}

		/** That the holder of licence {@code number} has asked for it already. */
		Text askedAlready(long number) {
			return switch (this) {
				case EXPLOITATION -> Text.of("The exploitation licence of licence {0} has been asked for.", number);
				case RENEWAL -> Text.of("The renewal of licence {0} has been asked for.", number);
			};
		}

	}

}
