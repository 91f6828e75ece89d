package ir.cadastre.audit;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Audit events appended for a test. */
final class OneChain {

	private OneChain() {
	}

	/**
	 * Appends three events about a subject in one call, which puts them in one chain
	 * (that of the current transaction).
	 * @return their ids, oldest first
	 */
	static List<Long> threeEvents(JdbcClient db, String subject) {
		db.sql("""
				SELECT audit_append(ARRAY['tester', 'tester', 'tester'], ARRAY['test.event', 'test.event', 'test.event'],
				                    ARRAY[:subject, :subject, :subject],
				                    ARRAY['{"n": 1}', '{"n": 2}', '{"n": 3}']::jsonb[], ARRAY[NULL, NULL, NULL]::text[])
				""")
			.param("subject", subject)
			.query()
			.singleRow();
		return db.sql("SELECT id FROM audit_event WHERE subject = :subject ORDER BY id")
			.param("subject", subject)
			.query(Long.class)
			.list();
	}

}
