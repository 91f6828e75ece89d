package ir.cadastre.licence;

import java.util.List;
import java.util.UUID;

import org.springframework.http.ProblemDetail;

/**
 * What came of each row of a register sent as a spreadsheet.
 *
 * @param dryRun whether it was checked only, and nothing registered
 * @param rows the licences the file has (its rows but the header and empty ones)
 * @param registered the rows registered (or that would be, on a dry run)
 * @param alreadyRegistered the rows whose licence was in the register before
 * @param refused the rows refused
 * @param newHolders the holders recorded as applicants (or who would be, on a dry run),
 * who were not users before, in alphabetical order
 * @param results each row's outcome, in the file's order
 */
record RegistrationReport(boolean dryRun, int rows, int registered, int alreadyRegistered, int refused,
		List<String> newHolders, List<Result> results) {

	static RegistrationReport of(boolean dryRun, List<Result> results, List<String> newHolders) {
		return new RegistrationReport(dryRun, results.size(), count(results, "registered"),
				count(results, "already-registered"), count(results, "refused"), newHolders, results);
	}

	private static int count(List<Result> results, String outcome) {
		return (int) results.stream().filter((result) -> result.outcome().equals(outcome)).count();
	}

	/**
	 * A row's outcome.
	 *
	 * @param row its number in the spreadsheet (the header is row 1)
	 * @param featureId the feature it names, if by id
	 * @param externalId the feature it names, if by the old cadastre's id
	 * @param outcome {@code registered}, {@code already-registered} or {@code refused}
	 * @param licenceId the licence registered ({@code null} on a dry run)
	 * @param number its number in the register ({@code null} on a dry run)
	 * @param problem why the row was refused or is in the register already: the problem
	 * {@code POST /api/v1/licences} gives for it; {@code null} for a registered row
	 */
	record Result(int row, Long featureId, String externalId, String outcome, UUID licenceId, Long number,
			ProblemDetail problem) {
	}

}
