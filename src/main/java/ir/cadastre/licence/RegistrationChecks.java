package ir.cadastre.licence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import ir.cadastre.calendar.SolarHijri;
import ir.cadastre.calendar.SolarHijri.Deadline;
import ir.cadastre.mineral.MineralCatalog;
import ir.cadastre.security.ExpectedApplicants;
import ir.cadastre.web.CadastreProblem;
import ir.cadastre.web.InputError;
import ir.cadastre.web.IsoDay;
import ir.cadastre.web.Text;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What a licence issued before the service must be to enter the register: a current
 * feature of the licences layer that no licence holds, an enabled applicant as its holder
 * (or one recorded for it), a mineral the law licenses here (Art. 3, 4), and a term that
 * still runs, no longer than the law allows (Art. 8, Art. 10 note 3).
 */
@Component
class RegistrationChecks {

	/** The kinds of licence a registration names. */
	static final List<String> TYPES = List.of("EXPLORATION", "DISCOVERY_CERTIFICATE", "EXPLOITATION",
			"WITHDRAWAL_PERMIT");

	private final JdbcClient db;

	private final RegistrationFeatures features;

	private final MineralCatalog minerals;

	/** The longest a withdrawal permit runs (Art. 13), as one granted here. */
	private final int permitMaxMonths;

	RegistrationChecks(JdbcClient db, RegistrationFeatures features, MineralCatalog minerals,
			@Value("${cadastre.applications.withdrawal-permit-max-months:24}") int permitMaxMonths) {
		this.db = db;
		this.features = features;
		this.minerals = minerals;
		this.permitMaxMonths = permitMaxMonths;
	}

	/**
	 * The registration's feature, locked, and its holder, day of issue and term. The
	 * caller holds imports off first ({@link RegistrationFeatures#holdImportsOff}, or
	 * {@link RegistrationFeatures#lockFeatures} for a file's rows), before any feature is
	 * locked.
	 * @throws CadastreProblem as {@link LicenceRegistrations#register} does
	 */
	Checked checked(RegistrationRequest request) {
		return checked(request, null);
	}

	/**
	 * A row of a file checked, once every feature the file names is locked
	 * ({@link RegistrationFeatures#lockedInFile}). Refuses what {@link #checked} refuses,
	 * in the same words.
	 */
	Checked checkedInFile(RegistrationRequest request, Set<Long> inFile) {
		return checked(request, inFile);
	}

	/**
	 * @param inFile the features earlier rows of a file register, or {@code null} alone
	 */
	private Checked checked(RegistrationRequest request, Set<Long> inFile) {
		List<InputError> errors = new ArrayList<>();
		boolean byExternalId = request.externalId() != null && !request.externalId().isBlank();
		if ((request.featureId() == null) == !byExternalId) {
			errors.add(InputError.of("featureId", Text.of("give the feature's id or its externalId, one of them")));
		}
		RequestFields.text(errors, "holder", request.holder(), true);
		if (request.type() == null || !TYPES.contains(request.type())) {
			errors.add(InputError.of("type", Text.of("one of {0}", String.join(", ", TYPES))));
		}
		RequestFields.text(errors, "mineral", request.mineral(), true);
		LocalDate issuedOn = day(errors, "issuedOn", request.issuedOn(), true);
		boolean exploration = "EXPLORATION".equals(request.type());
		LocalDate lastDay = day(errors, "lastDay", request.lastDay(), !exploration);
		if (exploration && lastDay != null) {
			errors.add(InputError.of("lastDay", Text.of("an exploration licence has no term here (Art. 6)")));
		}
		boolean exploitation = "EXPLOITATION".equals(request.type());
		if (exploitation != (request.termYears() != null)) {
			errors.add(InputError.of("termYears", exploitation ? Text.of("required: the current period in whole years")
					: Text.of("only an exploitation licence has a period in years")));
		}
		boolean certificate = "DISCOVERY_CERTIFICATE".equals(request.type());
		if (!certificate && (request.reserve() != null || request.explorationCostRials() != null)) {
			errors.add(InputError.of(request.reserve() != null ? "reserve" : "explorationCostRials",
					Text.of("only a discovery certificate has a reserve and a cost of exploration")));
		}
		RequestFields.text(errors, "reserve", request.reserve(), false);
		if (request.explorationCostRials() != null && !RequestFields.wholeRials(request.explorationCostRials())) {
			errors.add(InputError.of("explorationCostRials", Text.of("a whole number of rials, 0 or more")));
		}
		RequestFields.refuse(errors);

		RegistrationFeatures.Feature feature = (inFile != null) ? this.features.lockedInFile(request, inFile)
				: this.features.lock(request);
		String holder = request.holder().strip();
		boolean newHolder = newHolder(holder, Boolean.TRUE.equals(request.newHolder()));
		this.minerals.licensable(request.mineral());
		Deadline term = (lastDay != null) ? SolarHijri.closingAtEndOf(lastDay) : null;
		RegistrationTerms.check(request, issuedOn, term, feature.now(), this.permitMaxMonths);
		return new Checked(feature, holder, newHolder, issuedOn, term);
	}

	/**
	 * Whether the holder is to be recorded as an applicant: an enabled applicant is one
	 * already; a name that no user has is recorded when the registration asks for it, as
	 * the identity provider's users are when they first sign in.
	 */
	private boolean newHolder(String holder, boolean mayRecord) {
		Optional<Boolean> applicant = this.db
			.sql("SELECT role = 'APPLICANT' AND enabled FROM app_user WHERE username = :username")
			.param("username", holder)
			.query(Boolean.class)
			.optional();
		Text reason;
		if (applicant.isPresent()) {
			if (applicant.get()) {
				return false;
			}
			reason = Text.of("is not an enabled applicant");
		}
		else if (!mayRecord) {
			reason = Text.of("is not a user of the cadastre (newHolder true records it as an applicant, who signs "
					+ "in with the ministry's identity provider; newHolders=true for a file)");
		}
		else if (!ExpectedApplicants.isUserName(holder)) {
			reason = Text.of("is not a user name: 2 to 64 of a-z, 0-9, '.', '_' or '-', the first a letter or digit");
		}
		else {
			return true;
		}
		throw new CadastreProblem(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-holder", "Invalid holder",
				Text.of("'{0}' {1}.", holder, reason), List.of(InputError.of("holder", reason)), Map.of());
	}

	private static LocalDate day(List<InputError> errors, String field, String text, boolean required) {
		LocalDate day = IsoDay.parse(text);
		if (text == null && required) {
			errors.add(InputError.of(field, Text.of("required")));
		}
		else if (text != null && day == null) {
			errors.add(InputError.of(field, Text.of("a day as yyyy-MM-dd (ISO 8601)")));
		}
		return day;
	}

	/**
	 * A registration checked: its feature, holder (and whether to record it as an
	 * applicant), day of issue and term.
	 */
	record Checked(RegistrationFeatures.Feature feature, String holder, boolean newHolder, LocalDate issuedOn,
			Deadline term) {
	}

}
