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
 * A licence passes to another holder with the ministry's approval: a discovery
 * certificate within one year of its issue (Art. 7), an exploitation licence while it
 * runs (Art. 10 note 3). The holder may ask for it, naming the new holder; an officer
 * approves (the transfer) or refuses. An exploration licence's rights pass as the
 * executive regulations say (Art. 6), and a withdrawal permit is limited to its holder
 * (Art. 13): neither is transferred here.
 */
@Component
class LicenceTransfers {

	private final JdbcClient db;

	private final Licences licences;

	private final Audit audit;

	private final Outbox outbox;

	LicenceTransfers(JdbcClient db, Licences licences, Audit audit, Outbox outbox) {
		this.db = db;
		this.licences = licences;
		this.audit = audit;
		this.outbox = outbox;
	}

	/**
	 * Transfers an active discovery certificate (within its year, Art. 7) or exploitation
	 * licence (Art. 10 note 3) to another applicant; the officer's act is the ministry's
	 * approval. Without {@code to}, it approves the transfer the holder asked for.
	 * @throws CadastreProblem 404 unknown; 409 an exploration licence, not active, or no
	 * new holder named and none asked for (or the request approved or refused a moment
	 * ago); 422 the new holder is not another enabled applicant
	 */
	@Transactional
	public LicenceView transfer(UUID id, TransferRequest request, CadastreUser officer) {
		List<InputError> errors = new ArrayList<>();
		RequestFields.text(errors, "reason", request.reason(), false);
		RequestFields.refuse(errors);
		Current licence = this.licences.lock(id);
		// First whether it can pass at all: a licence closed a moment ago has lost the
		// request its holder made, which is not why its approval is refused.
		requireTransferable(licence);
		boolean named = request.to() != null && !request.to().isBlank();
		if (!named && licence.transferTo() == null) {
			// Approving the holder's request names no one: once another officer has
			// approved or refused it, there is nothing left to approve, which is a
			// conflict with that officer's act, not a request missing a field.
			throw nothingAsked(licence);
		}
		String to = named ? request.to().strip() : licence.transferTo();
		requireTransferee(licence, to);
		this.db.sql("""
				WITH moved AS (
				    UPDATE licence SET holder = :to, transfer_to = NULL, transfer_asked_at = NULL, transfer_note = NULL
				    WHERE id = :id
				)
				UPDATE feature SET properties = properties || jsonb_build_object('holder', CAST(:to AS text))
				WHERE id = :feature
				""").param("to", to).param("id", id).param("feature", licence.featureId()).update();
		Map<String, String> details = Map.of("from", licence.holder(), "to", to, "reason",
				(request.reason() != null) ? request.reason() : "");
		this.audit.record(officer.username(), "licence.transfer", "licence:" + id, details, null);
		this.outbox.add(List.of(
				LicenceNotices.notice(id, licence.holder(), "licence.transferred", "number", licence.number(), "from",
						licence.holder(), "to", to, "you", "no"),
				LicenceNotices.notice(id, to, "licence.transferred", "number", licence.number(), "from",
						licence.holder(), "to", to, "you", "yes")));
		return this.licences.get(id);
	}

	/**
	 * The holder asks the ministry to transfer its licence to a named applicant; until an
	 * officer approves or refuses it, the register shows the request.
	 * @throws CadastreProblem 400 no new holder, or a note too long; 403 not the holder;
	 * 404 unknown; 409 not transferable now, or asked already; 422 the new holder is not
	 * another enabled applicant
	 */
	@Transactional
	public LicenceView ask(UUID id, TransferRequest request, CadastreUser holder) {
		List<InputError> errors = new ArrayList<>();
		RequestFields.text(errors, "to", request.to(), true);
		RequestFields.text(errors, "reason", request.reason(), false);
		RequestFields.refuse(errors);
		Current licence = this.licences.lock(id);
		licence.requireHolder(holder, Text.of("asks for its transfer"));
		requireTransferable(licence);
		if (licence.transferTo() != null) {
			Text detail = Text.of("The transfer of licence {0} to {1} has been asked for.", licence.number(),
					licence.transferTo());
			throw new CadastreProblem(HttpStatus.CONFLICT, "already-requested", "Already asked", detail);
		}
		String to = request.to().strip();
		requireTransferee(licence, to);
		String note = (request.reason() != null && !request.reason().isBlank()) ? request.reason().strip() : null;
		this.db.sql("""
				UPDATE licence SET transfer_to = :to, transfer_asked_at = cadastre_now(), transfer_note = :note
				WHERE id = :id
				""").param("to", to).param("note", note).param("id", id).update();
		this.audit.record(holder.username(), "licence.transfer-request", "licence:" + id,
				Map.of("to", to, "note", (note != null) ? note : ""), null);
		List<Notification> notices = new ArrayList<>(
				LicenceNotices.toOfficers(id, this.outbox.officers(), "licence.transfer-asked-officer", "number",
						licence.number(), "holder", holder.username(), "to", to, "note", note));
		notices.add(LicenceNotices.notice(id, holder.username(), "licence.transfer-asked", "number", licence.number(),
				"to", to));
		this.outbox.add(notices);
		return this.licences.get(id);
	}

	/**
	 * An officer refuses the transfer the holder asked for, saying why. A licence that
	 * has ended, swept or not, has no transfer left to refuse: its holder was told the
	 * request ended with it.
	 * @throws CadastreProblem 400 no reason; 404 unknown; 409 not active, or no transfer
	 * asked for
	 */
	@Transactional
	public LicenceView refuse(UUID id, ClosureRequest request, CadastreUser officer) {
		List<InputError> errors = new ArrayList<>();
		RequestFields.text(errors, "reason", request.reason(), true);
		RequestFields.refuse(errors);
		Current licence = this.licences.lock(id);
		licence.requireActive();
		if (licence.transferTo() == null) {
			throw nothingAsked(licence);
		}
		String reason = request.reason().strip();
		this.db.sql("""
				UPDATE licence SET transfer_to = NULL, transfer_asked_at = NULL, transfer_note = NULL WHERE id = :id
				""").param("id", id).update();
		this.audit.record(officer.username(), "licence.transfer-refusal", "licence:" + id,
				Map.of("to", licence.transferTo(), "reason", reason), null);
		this.outbox.add(List.of(LicenceNotices.notice(id, licence.holder(), "licence.transfer-refused", "number",
				licence.number(), "to", licence.transferTo(), "reason", reason)));
		return this.licences.get(id);
	}

	private static CadastreProblem nothingAsked(Current licence) {
		return new CadastreProblem(HttpStatus.CONFLICT, "nothing-asked", "Nothing asked",
				Text.of("The holder of licence {0} has asked for no transfer.", licence.number()));
	}

	/**
	 * A certificate within its year (Art. 7), or an exploitation licence, still active.
	 */
	private static void requireTransferable(Current licence) {
		if (!List.of("DISCOVERY_CERTIFICATE", "EXPLOITATION").contains(licence.type())) {
			Text detail = Text.of("Licence {0} is {1}: a withdrawal permit is limited to its holder (Art. 13), and "
					+ "the transfer of an exploration licence's rights is set by the executive regulations (Art. 6). "
					+ "A discovery certificate (Art. 7) or an exploitation licence (Art. 10 note 3) is transferred "
					+ "here.", licence.number(), licence.type());
			throw new CadastreProblem(HttpStatus.CONFLICT, "not-transferable", "Not transferable", detail);
		}
		licence.requireActive();
		if ("DISCOVERY_CERTIFICATE".equals(licence.type()) && !licence.now().isBefore(licence.endsAt())) {
			throw new CadastreProblem(HttpStatus.CONFLICT, "not-transferable", "Not transferable",
					Text.of("Discovery certificate {0} was transferable until the end of {1}, one year from its "
							+ "issue (Art. 7).", licence.number(), licence.lastDaySolarHijri()));
		}
	}

	/** Another enabled applicant. */
	private void requireTransferee(Current licence, String to) {
		if (!this.licences.mayHold(to) || to.equals(licence.holder())) {
			Text reason = to.equals(licence.holder()) ? Text.of("already holds it")
					: Text.of("is not an enabled applicant");
			throw new CadastreProblem(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-transferee", "Invalid new holder",
					Text.of("'{0}' {1}.", to, reason), List.of(InputError.of("to", reason)), Map.of());
		}
	}

}
