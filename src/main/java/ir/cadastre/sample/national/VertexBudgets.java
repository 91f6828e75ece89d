package ir.cadastre.sample.national;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * How many positions each natural area gets: spread log-uniformly from {@value #FEWEST}
 * up to a cap (both ends included), then shuffled so that large and small areas alternate
 * between the layers and along each file.
 * <p>
 * The cap grows with the scale, {@value #MOST} from scale 0.5 on, so that a quick run
 * does not spend its time on a few giant rings.
 */
final class VertexBudgets {

	static final int FEWEST = 1_000;

	static final int MOST = 1_000_000;

	private VertexBudgets() {
	}

	static int cap(double scale) {
		return (int) Math.max(FEWEST, Math.min(MOST, Math.round(2 * MOST * scale)));
	}

	/** The budgets of {@code count} areas, in the order they are generated. */
	static List<Integer> spread(int count, double scale, Random random) {
		double ratio = (double) cap(scale) / FEWEST;
		List<Integer> budgets = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			double fraction = (count == 1) ? 0 : (double) i / (count - 1);
			budgets.add((int) Math.round(FEWEST * StrictMath.pow(ratio, fraction)));
		}
		Collections.shuffle(budgets, random);
		return budgets;
	}

}
