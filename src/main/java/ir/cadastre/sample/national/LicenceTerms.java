package ir.cadastre.sample.national;

import java.util.List;
import java.util.Random;

/**
 * The kinds of mining title and the minerals licences are drawn from, in English and
 * Persian: the class 1 and 2 minerals of the {@code mineral} catalogue (Mining Law Art.
 * 3), which are the ones the Ministry licenses.
 */
final class LicenceTerms {

	/** Kinds with their share of licences (out of 100). */
	static final List<Term> KINDS = List.of(new Term("EXPLORATION_LICENCE", "exploration licence", "پروانه اکتشاف", 50),
			new Term("DISCOVERY_CERTIFICATE", "discovery certificate", "گواهی کشف", 15),
			new Term("EXPLOITATION_LICENCE", "exploitation licence", "پروانه بهره‌برداری", 30),
			new Term("WITHDRAWAL_PERMIT", "withdrawal permit", "مجوز برداشت", 5));

	static final List<Term> MINERALS = List.of(new Term("limestone", "limestone", "سنگ آهک", 12),
			new Term("gypsum", "gypsum", "گچ", 8), new Term("marl", "marl", "مارن", 4),
			new Term("rock_salt", "rock salt", "نمک سنگی", 3),
			new Term("ordinary_sand", "ordinary sand", "ماسه معمولی", 6),
			new Term("ordinary_clay", "ordinary clay", "خاک رس معمولی", 4),
			new Term("iron_ore", "iron ore", "سنگ آهن", 10), new Term("copper", "copper", "مس", 9),
			new Term("gold", "gold", "طلا", 5), new Term("lead_zinc", "lead-zinc", "سرب و روی", 6),
			new Term("chromite", "chromite", "کرومیت", 4), new Term("manganese", "manganese", "منگنز", 3),
			new Term("phosphate", "phosphate", "فسفات", 2), new Term("kaolin", "kaolin", "کائولن", 4),
			new Term("turquoise", "turquoise", "فیروزه", 1),
			new Term("decorative_stone", "decorative stone", "سنگ تزئینی و نما", 14),
			new Term("coal", "coal", "زغال سنگ", 5));

	private LicenceTerms() {
	}

	/** A term drawn by weight. */
	static Term draw(List<Term> terms, Random random) {
		int total = terms.stream().mapToInt(Term::weight).sum();
		int draw = random.nextInt(total);
		for (Term term : terms) {
			draw -= term.weight();
			if (draw < 0) {
				return term;
			}
		}
		throw new IllegalStateException("weights changed while drawing");
	}

	/**
	 * A kind of title or a mineral.
	 *
	 * @param code the attribute value
	 * @param english as written in an English name
	 * @param persian as written in a Persian name
	 * @param weight how often it is drawn, relative to the others
	 */
	record Term(String code, String english, String persian, int weight) {
	}

}
