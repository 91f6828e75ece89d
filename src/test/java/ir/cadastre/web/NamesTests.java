package ir.cadastre.web;

import ir.cadastre.CadastreTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A name or a code is the same however it was typed: Arabic or Persian yeh and kaf, heh
 * with a hamza written as one letter or two, a half-space, a space or none, Persian,
 * Arabic-Indic or Latin digits, a direction mark pasted with it, any case. The service
 * compares in Java ({@link Names#key}) and in the database ({@code name_key}, migration
 * V45), and both give one key.
 */
@CadastreTest
class NamesTests {

	@Autowired
	JdbcClient db;

	@ParameterizedTest(name = "{0} = {1}")
	@CsvSource(delimiter = '|', textBlock = """
			علي                  | علی
			كرمان                | کرمان
			می‌خواهم              | میخواهم
			می خواهم             | میخواهم
			خانهٔ کوچک            | خانۀ کوچک
			خانۀ کوچک            | خانه کوچک
			EXL-۱۳۹۸-۰۰۴۲        | exl-1398-0042
			\u200Fپ-٤٢\u200E     | پ-42
			سنگ_آهن              | سنگ آهن
			Iron Ore             | iron_ore
			مـس                  | مس
			""")
	void theSameNameTypedTwoWaysHasOneKey(String typed, String other) {
		assertThat(Names.key(typed)).isEqualTo(Names.key(other));
		assertThat(inDatabase(typed)).as("the database's key").isEqualTo(Names.key(typed));
		assertThat(inDatabase(other)).as("the database's key").isEqualTo(Names.key(other));
	}

	@ParameterizedTest(name = "{0} ≠ {1}")
	@CsvSource(delimiter = '|', textBlock = """
			پرویز     | برویز
			گل        | کل
			آرش       | ارش
			EXL-1     | EXL-7
			""")
	void differentNamesKeepDifferentKeys(String one, String other) {
		assertThat(Names.key(one)).isNotEqualTo(Names.key(other));
		assertThat(inDatabase(one)).isEqualTo(Names.key(one));
		assertThat(inDatabase(other)).isEqualTo(Names.key(other));
	}

	private String inDatabase(String name) {
		return this.db.sql("SELECT name_key(:name)").param("name", name).query(String.class).single();
	}

}
