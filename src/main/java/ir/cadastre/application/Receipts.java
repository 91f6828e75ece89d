package ir.cadastre.application;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import ir.cadastre.calendar.SolarHijri;
import ir.cadastre.geometry.AreaVertices;
import ir.cadastre.security.CadastreUser;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes an application's receipt for whoever may see the application: its applicant, the
 * officers, the reviewers of an agency it consults.
 */
@Component
class Receipts {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("'T'HH:mm:ss");

	private final JdbcClient db;

	private final Applications applications;

	Receipts(JdbcClient db, Applications applications) {
		this.db = db;
		this.applications = applications;
	}

	/**
	 * @throws ir.cadastre.web.CadastreProblem 404 when the user may not see the
	 * application
	 */
	ApplicationReceipt get(UUID id, CadastreUser user) {
		ApplicationView application = this.applications.get(id, user);
		LocalDateTime tehran = LocalDateTime.ofInstant(application.receivedAt(), SolarHijri.TEHRAN);
		AreaVertices area = AreaVertices.read(this.db, "SELECT geom FROM application WHERE id = :id", id);
		ApplicationReceipt.Recorded recorded = this.db.sql("""
				SELECT id, at, geometry_hash, hash FROM audit_event
				WHERE subject = 'application:' || :id AND action = 'application.submit'
				""")
			.param("id", id.toString())
			.query((rs, n) -> new ApplicationReceipt.Recorded(rs.getLong("id"), rs.getTimestamp("at").toInstant(),
					rs.getString("geometry_hash"), rs.getString("hash")))
			.optional()
			.orElse(null);
		return new ApplicationReceipt(application.receipt(), application.receivedAt(),
				SolarHijri.format(tehran.toLocalDate()) + tehran.format(TIME), application.applicant(),
				application.type(), application.mineral(), application.status(), application.areaM2(),
				application.requestedAreaM2(), application.trimmed(), area.utmSrid(), area.rings(),
				application.inquiries(), recorded);
	}

}
