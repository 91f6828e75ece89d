package ir.cadastre.mineral;

import java.util.List;
import java.util.Map;

import ir.cadastre.web.CadastreProblem;
import ir.cadastre.web.InputError;
import ir.cadastre.web.Names;
import ir.cadastre.web.Text;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The minerals (table {@code mineral}) and the rules of Articles 3 and 4 on which of them
 * an application, or a licence entering the register, may name.
 */
@Component
public class MineralCatalog {

	private static final long REREAD_AFTER_NANOS = 60_000_000_000L;

	private final JdbcClient db;

	private volatile Catalogue catalogue;

	MineralCatalog(JdbcClient db) {
		this.db = db;
	}

	/**
	 * The catalogue. It is read again after a minute, so a new mineral row is taken up
	 * without a restart while a submission does not pay a query for it.
	 */
	List<Mineral> all() {
		Catalogue known = this.catalogue;
		if (known == null || System.nanoTime() - known.readAt() > REREAD_AFTER_NANOS) {
			known = new Catalogue(read(), System.nanoTime());
			this.catalogue = known;
		}
		return known.minerals();
	}

	/**
	 * The catalogue's code of a mineral named by its code or by its name, English or
	 * Persian, however a register kept in a spreadsheet writes it ({@link Names}); the
	 * text itself when no mineral is named so.
	 */
	public String codeOf(String named) {
		String key = Names.key(named);
		return all().stream()
			.filter((m) -> Names.key(m.code()).equals(key) || Names.key(m.name()).equals(key)
					|| Names.key(m.nameFa()).equals(key))
			.map(Mineral::code)
			.findFirst()
			.orElse(named);
	}

	private List<Mineral> read() {
		return this.db.sql("""
				SELECT code, name, name_fa, mineral_class, ministry_rules FROM mineral ORDER BY mineral_class, code
				""")
			.query((rs, n) -> new Mineral(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
					rs.getBoolean(5)))
			.list();
	}

	/**
	 * The mineral an application, or a licence entering the register, may name.
	 * @throws CadastreProblem 400 for an unknown code; 422 for class 3 and 4 (Art. 3) and
	 * for ordinary sand and clay (Art. 4)
	 */
	public Mineral licensable(String code) {
		if (code == null || code.isBlank()) {
			throw new CadastreProblem(HttpStatus.BAD_REQUEST, "unknown-mineral", "Mineral missing",
					Text.of("Name the mineral applied for by its code in the catalogue (GET /api/v1/minerals)."),
					List.of(InputError.of("mineral", Text.of("required"))), Map.of());
		}
		Mineral mineral = all().stream()
			.filter((m) -> m.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new CadastreProblem(HttpStatus.BAD_REQUEST, "unknown-mineral", "Unknown mineral",
					Text.of("'{0}' is not in the mineral catalogue (GET /api/v1/minerals).", code),
					List.of(InputError.of("mineral", Text.of("unknown code"))), Map.of()));
		Text name = Text.name(mineral.name(), mineral.nameFa());
		Text refusal = switch (mineral.mineralClass()) {
			case 3 -> Text.of("Article 3(c): {0} is a class 3 mineral (hydrocarbons); it is not licensed under the "
					+ "Mining Law.", name);
			case 4 -> Text.of("Article 3(d): {0} is a class 4 mineral (radioactive); it is not licensed under the "
					+ "Mining Law.", name);
			default -> mineral.ministryRules() ? null : Text.of(
					"Article 4: {0} is outside the Ministry's duties; it is not licensed by the mining cadastre.",
					name);
		};
		if (refusal != null) {
			throw new CadastreProblem(HttpStatus.UNPROCESSABLE_CONTENT, "mineral-not-licensable",
					"Mineral not licensable", refusal, List.of(InputError.of("mineral", refusal)), Map.of());
		}
		return mineral;
	}

	private record Catalogue(List<Mineral> minerals, long readAt) {

	}

}
