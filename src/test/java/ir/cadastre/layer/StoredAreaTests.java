package ir.cadastre.layer;

import ir.cadastre.ApiTest;
import ir.cadastre.CadastreTest;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DataIntegrityViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the database itself keeps true of every stored area, whatever writes it (V38):
 * each lies inside the jurisdiction, and each current one is cut into the parts the
 * overlap check reads.
 */
@CadastreTest
class StoredAreaTests extends ApiTest {

	/** Tehran, in a quarter-degree square wholly inside Iran. */
	private static final String TEHRAN = "POLYGON((51.42 35.69, 51.43 35.69, 51.43 35.7, 51.42 35.7, 51.42 35.69))";

	/** Bandar Anzali, on the Caspian shore: its square is partly sea. */
	private static final String ANZALI = "POLYGON((49.46 37.47, 49.465 37.47, 49.465 37.475, 49.46 37.475, 49.46 37.47))";

	/** Across the corner where four squares meet, at 54° E, 32° N. */
	private static final String ACROSS_SQUARES = "POLYGON((53.9 31.9, 54.1 31.9, 54.1 32.1, 53.9 32.1, 53.9 31.9))";

	/** The sea off Bandar Abbas, inside Iran's bounding box. */
	private static final String GULF = "POLYGON((56.28 27.18, 56.285 27.18, 56.285 27.185, 56.28 27.185, 56.28 27.18))";

	@Test
	void areasInsideIranAreStoredWhereverTheyLieAmongTheSquares() {
		assertThat(inASquareInside(TEHRAN)).isTrue();
		assertThat(inASquareInside(ANZALI)).isFalse();
		assertThat(inASquareInside(ACROSS_SQUARES)).isFalse();
		for (String area : new String[] { TEHRAN, ANZALI, ACROSS_SQUARES }) {
			this.fixtures.feature("forests", "Forest", area);
		}
		assertThat(this.fixtures.count("feature")).isEqualTo(3);
	}

	@Test
	void aStatementWritingOneAreaOutsideIranStoresNothing() {
		assertThatThrownBy(() -> this.db.sql("""
				INSERT INTO feature (layer_id, name, geom)
				VALUES ('forests', 'Tehran', ST_Multi(ST_GeomFromText(:inside, 4326))),
				       ('forests', 'Gulf', ST_Multi(ST_GeomFromText(:outside, 4326)))
				""").param("inside", TEHRAN).param("outside", GULF).update())
			.isInstanceOf(DataIntegrityViolationException.class)
			.hasMessageContaining("outside the jurisdiction");
		assertThat(this.fixtures.count("feature")).isZero();
		assertThat(this.fixtures.count("feature_part")).isZero();
	}

	@Test
	void anAreaMovedOutsideIranIsRefusedAndKeepsItsPlace() {
		long id = this.fixtures.feature("forests", "Forest", TEHRAN);
		assertThatThrownBy(
				() -> this.db.sql("UPDATE feature SET geom = ST_Multi(ST_GeomFromText(:wkt, 4326)) WHERE id = :id")
					.param("wkt", GULF)
					.param("id", id)
					.update())
			.isInstanceOf(DataIntegrityViolationException.class);
		assertThat(partsCover(id, TEHRAN)).isTrue();
	}

	@Test
	void theCurrentAreasAreCutIntoPartsThatFollowEveryChange() {
		String disc = this.db.sql("SELECT ST_AsText(ST_Buffer(ST_GeomFromText('POINT(54.5 32.5)', 4326), 0.2, 1000))")
			.query(String.class)
			.single();
		long id = this.fixtures.feature("protected_areas", "Disc", disc);
		long other = this.fixtures.feature("forests", "Forest", TEHRAN);
		assertThat(parts(id)).isGreaterThan(10);
		assertThat(partsCover(id, disc)).isTrue();

		this.db.sql("UPDATE feature SET name = 'Renamed' WHERE id = :id").param("id", id).update();
		assertThat(partsCover(id, disc)).isTrue();

		this.db.sql("UPDATE feature SET geom = ST_Multi(ST_GeomFromText(:wkt, 4326)) WHERE id = :id")
			.param("wkt", ACROSS_SQUARES)
			.param("id", id)
			.update();
		assertThat(parts(id)).isEqualTo(1);
		assertThat(partsCover(id, ACROSS_SQUARES)).isTrue();

		long version = this.db.sql("""
				INSERT INTO layer_version (layer_id, created_by, source, mode)
				VALUES ('protected_areas', 'test', 'test', 'replace') RETURNING id
				""").query(Long.class).single();
		this.db.sql("UPDATE feature SET retired_in = :version WHERE id = :id")
			.param("version", version)
			.param("id", id)
			.update();
		assertThat(parts(id)).isZero();
		this.db.sql("UPDATE feature SET retired_in = NULL WHERE id = :id").param("id", id).update();
		assertThat(partsCover(id, ACROSS_SQUARES)).isTrue();

		this.db.sql("DELETE FROM feature WHERE id = :id").param("id", id).update();
		assertThat(parts(id)).isZero();
		assertThat(partsCover(other, TEHRAN)).isTrue();
	}

	private boolean inASquareInside(String wkt) {
		return this.db.sql("""
				SELECT EXISTS (SELECT 1 FROM jurisdiction_cell
				               WHERE cell = jurisdiction_cell_of(ST_GeomFromText(:wkt, 4326)))
				""").param("wkt", wkt).query(Boolean.class).single();
	}

	private long parts(long feature) {
		return this.db.sql("SELECT count(*) FROM feature_part WHERE feature_id = :id")
			.param("id", feature)
			.query(Long.class)
			.single();
	}

	/** Whether the feature's parts, and nothing else, make up the area. */
	private boolean partsCover(long feature, String wkt) {
		return this.db.sql("""
				SELECT coalesce(ST_Equals(ST_Union(geom), ST_GeomFromText(:wkt, 4326)), false)
				FROM feature_part WHERE feature_id = :id
				""").param("wkt", wkt).param("id", feature).query(Boolean.class).single();
	}

}
