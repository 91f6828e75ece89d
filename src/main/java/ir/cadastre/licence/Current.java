package ir.cadastre.licence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import ir.cadastre.calendar.SolarHijri;
import ir.cadastre.geometry.AcceptedArea;
import ir.cadastre.security.CadastreUser;
import ir.cadastre.web.CadastreProblem;
import ir.cadastre.web.Text;

import org.springframework.http.HttpStatus;

/**
 * A licence as {@link LicenceLife} finds it, its row locked.
 *
 * @param id its id
 * @param number its number
 * @param type its type
 * @param status its state as the clock has it now ({@code licence_status})
 * @param holder its holder
 * @param mineral its mineral
 * @param featureId its feature in the licences layer, null once it has left it
 * @param wkb its area
 * @param areaM2 its area, m² on the ellipsoid
 * @param lastDay the last day of its term, or null
 * @param lastDaySolarHijri the same, Solar Hijri
 * @param requested whether the holder has asked for the exploitation licence (Art. 8) or
 * the renewal (Art. 10 note 3)
 * @param transferTo the applicant the holder asked to transfer it to, or null
 * @param now the database's time in the transaction
 */
record Current(UUID id, long number, String type, String status, String holder, String mineral, Long featureId,
		byte[] wkb, double areaM2, LocalDate lastDay, String lastDaySolarHijri, boolean requested, String transferTo,
		Instant now) {

	/**
	 * Refuses a change the licence cannot take: another type, or a licence no longer
	 * active ({@link #requireActive}).
	 * @param expected the type the change applies to
	 * @param why what the change applies to, said when the type is another
	 * @throws CadastreProblem 409
	 */
	void require(String expected, Text why) {
		if (!expected.equals(this.type)) {
			throw new CadastreProblem(HttpStatus.CONFLICT, "licence-type", "Not that kind of licence",
					Text.of("Licence {0} is {1}. {2}", this.number, this.type, why), List.of(),
					Map.of("licenceType", this.type));
		}
		requireActive();
	}

	/**
	 * Refuses a change to a licence no longer active, a lapsed certificate naming Art. 8.
	 * @throws CadastreProblem 409
	 */
	void requireActive() {
		if ("LAPSED".equals(this.status)) {
			throw new CadastreProblem(HttpStatus.CONFLICT, "priority-lapsed", "Priority lapsed",
					Text.of("Discovery certificate {0} lapsed at the end of {1}: its holder's priority ends one year "
							+ "after issue (Art. 8), and its area is free.", this.number, this.lastDaySolarHijri),
					List.of(), Map.of("licenceStatus", this.status));
		}
		if (!"ACTIVE".equals(this.status)) {
			throw new CadastreProblem(HttpStatus.CONFLICT, "licence-not-active", "Licence not active",
					Text.of("Licence {0} is {1}.", this.number, Text.state("licenceStatus", this.status)), List.of(),
					Map.of("licenceStatus", this.status));
		}
	}

	/**
	 * Refuses anyone but the holder.
	 * @param what what only the holder does, e.g. "asks for its transfer"
	 * @throws CadastreProblem 403
	 */
	void requireHolder(CadastreUser user, Text what) {
		if (!user.username().equals(this.holder)) {
			throw new CadastreProblem(HttpStatus.FORBIDDEN, "not-the-holder", "Not the holder",
					Text.of("Only the holder of licence {0} {1}.", this.number, what));
		}
	}

	/** The end of the licence's term; null when it has none. */
	Instant endsAt() {
		return (this.lastDay != null) ? SolarHijri.closingAtEndOf(this.lastDay).closesAt() : null;
	}

	/** The licence's own area, as intake would have accepted it. */
	AcceptedArea area() {
		return AcceptedArea.ofWkb(this.wkb, this.areaM2);
	}

}
