package ir.cadastre.application;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import ir.cadastre.web.CadastreProblem;

import org.springframework.stereotype.Component;

/**
 * How submissions end, counted for the operators ({@value #NAME}, tagged {@code outcome}
 * and {@code reason}): accepted; replayed (an {@code Idempotency-Key} retry given the
 * first result); conflict (409 {@code conflicting-claim}, first come, first served); or
 * refused, the reason being the problem's type ({@code mineral-not-licensable},
 * {@code outside-jurisdiction} …). A body that is not even JSON is refused before a
 * submission begins and is counted with the requests, not here.
 */
@Component
class SubmissionOutcomes {

	static final String NAME = "cadastre.applications.submitted";

	private static final String CONFLICT = "conflicting-claim";

	private final MeterRegistry meters;

	private final Counter accepted;

	private final Counter replayed;

	SubmissionOutcomes(MeterRegistry meters) {
		this.meters = meters;
		this.accepted = counter("accepted", "none");
		this.replayed = counter("replayed", "none");
		counter("conflict", CONFLICT);
	}

	void submitted(Submissions.Submitted submitted) {
		(submitted.replayed() ? this.replayed : this.accepted).increment();
	}

	void refused(CadastreProblem refusal) {
		String reason = refusal.slug();
		counter(CONFLICT.equals(reason) ? "conflict" : "refused", reason).increment();
	}

	/** The counter of an outcome, registered the first time it is met. */
	private Counter counter(String outcome, String reason) {
		return Counter.builder(NAME)
			.description("Applications submitted, by outcome and the reason for a refusal")
			.tag("outcome", outcome)
			.tag("reason", reason)
			.register(this.meters);
	}

}
