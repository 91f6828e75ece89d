package ir.cadastre.licence;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import ir.cadastre.mineral.MineralCatalog;
import ir.cadastre.web.CadastreProblem;
import ir.cadastre.web.Problems;

import org.springframework.http.ProblemDetail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The old cadastre's register entered from a spreadsheet ({@link RegistrationFile}): each
 * row is registered as {@code POST /api/v1/licences} registers one, or refused with that
 * endpoint's problem, and the file's rows are reported one by one. The file is one
 * transaction: the rows that can be registered are, together, whatever the others are. A
 * row is refused only by its checks, which write nothing, so a refused row leaves nothing
 * behind without a savepoint of its own; the rows checked are entered into the register
 * together at the end, by one statement, with one statement each for their audit events,
 * their holders' notices and the layer's change (a row costs its checks and its overlap
 * query, where it cost ten statements and two savepoint commands). A row whose licence is
 * already in the register is reported so and changes nothing, which makes a file safe to
 * send again once its refused rows are mended. A dry run checks each row as its
 * registration would, and rolls the file back. Holders who are not yet users are recorded
 * as applicants when the file asks for it, and listed.
 */
@Component
class RegistrationFiles {

	private final LicenceRegistrations registrations;

	private final RegistrationChecks checks;

	private final RegistrationFeatures features;

	private final MineralCatalog minerals;

	private final JdbcClient db;

	private final TransactionTemplate file;

	RegistrationFiles(LicenceRegistrations registrations, RegistrationChecks checks, RegistrationFeatures features,
			MineralCatalog minerals, JdbcClient db, TransactionTemplate transaction) {
		this.registrations = registrations;
		this.checks = checks;
		this.features = features;
		this.minerals = minerals;
		this.db = db;
		this.file = transaction;
	}

	/**
	 * Registers every row of the file.
	 * @param officer the officer who sends it
	 * @param dryRun whether to roll it all back once reported
	 * @param newHolders whether to record a holder who is not yet a user as an applicant
	 * @param locale the reader's, for the refusals' words
	 * @throws CadastreProblem 422 {@code unreadable-file} for a file that is not such a
	 * register (see {@link RegistrationFile#read}); nothing is registered then
	 */
	RegistrationReport register(byte[] csv, String officer, boolean dryRun, boolean newHolders, Locale locale) {
		List<RegistrationFile.Row> rows = RegistrationFile.read(csv, this.minerals::codeOf, newHolders);
		return this.file.execute((status) -> {
			this.features.lockFeatures(rows.stream().map(RegistrationFile.Row::request).toList());
			// Without newHolders a holder who is no user is refused: none is recorded.
			Set<String> users = newHolders ? users(rows) : Set.of();
			List<RegistrationReport.Result> results = new ArrayList<>();
			// The rows to register, entered together at the end, and where each is
			// reported.
			List<LicenceRegistrations.Prepared> prepared = new ArrayList<>();
			List<Integer> reportedAt = new ArrayList<>();
			Set<Long> inFile = new HashSet<>();
			Set<String> recorded = new TreeSet<>();
			for (RegistrationFile.Row read : rows) {
				RegistrationReport.Result result = check(read, inFile, dryRun ? null : prepared, locale);
				String holder = read.request().holder();
				if (newHolders && result.outcome().equals("registered") && !users.contains(holder.strip())) {
					recorded.add(holder.strip());
				}
				if (!dryRun && result.outcome().equals("registered")) {
					reportedAt.add(results.size());
				}
				results.add(result);
			}
			List<LicenceRegistrations.Registered> registered = this.registrations.insert(prepared, officer);
			for (int i = 0; i < registered.size(); i++) {
				LicenceRegistrations.Registered licence = registered.get(i);
				RegistrationReport.Result row = results.get(reportedAt.get(i));
				results.set(reportedAt.get(i), new RegistrationReport.Result(row.row(), row.featureId(),
						row.externalId(), row.outcome(), licence.id(), licence.number(), null));
			}
			this.registrations.record(registered);
			if (dryRun) {
				status.setRollbackOnly();
			}
			return RegistrationReport.of(dryRun, results, List.copyOf(recorded));
		});
	}

	/** The holders the file names who are users already. */
	private Set<String> users(List<RegistrationFile.Row> rows) {
		String[] holders = rows.stream()
			.map((row) -> row.request().holder())
			.filter((holder) -> holder != null)
			.map(String::strip)
			.distinct()
			.toArray(String[]::new);
		return Set.copyOf(this.db.sql("SELECT username FROM app_user WHERE username = ANY (:holders)")
			.param("holders", holders)
			.query(String.class)
			.list());
	}

	/**
	 * Checks the row as its registration would and, unless this is a dry run
	 * ({@code prepared} null), prepares it to be entered with the file's others: a dry
	 * run takes no licence number, which would leave their gaps in the register. A row
	 * naming a feature that an earlier row registers is in the register already, as it
	 * will be.
	 */
	private RegistrationReport.Result check(RegistrationFile.Row read, Set<Long> inFile,
			List<LicenceRegistrations.Prepared> prepared, Locale locale) {
		try {
			refuseUnread(read);
			RegistrationChecks.Checked checked = this.checks.checkedInFile(read.request(), inFile);
			if (prepared != null) {
				prepared.add(this.registrations.prepare(checked, read.request()));
			}
			inFile.add(checked.feature().id());
			return result(read, "registered", null, null, null);
		}
		catch (CadastreProblem ex) {
			return refused(read, ex, locale);
		}
	}

	private static void refuseUnread(RegistrationFile.Row read) {
		if (read.refused() != null) {
			throw read.refused();
		}
	}

	private static RegistrationReport.Result refused(RegistrationFile.Row read, CadastreProblem problem,
			Locale locale) {
		String outcome = "already-registered".equals(problem.slug()) ? "already-registered" : "refused";
		return result(read, outcome, null, null, Problems.detail(problem, locale));
	}

	private static RegistrationReport.Result result(RegistrationFile.Row read, String outcome, UUID licence,
			Long number, ProblemDetail problem) {
		return new RegistrationReport.Result(read.number(), read.request().featureId(), read.request().externalId(),
				outcome, licence, number, problem);
	}

}
