package ir.cadastre.sample.national;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VertexBudgetsTests {

	@Test
	void atFullScaleBudgetsRunFromAThousandToAMillion() {
		List<Integer> budgets = VertexBudgets.spread(500, 1.0, new Random(1));
		assertThat(budgets).hasSize(500);
		assertThat(budgets.stream().mapToInt(Integer::intValue).min().getAsInt()).isEqualTo(1_000);
		assertThat(budgets.stream().mapToInt(Integer::intValue).max().getAsInt()).isEqualTo(1_000_000);
		// log-uniform: as many areas below the geometric middle (about 31,623) as above
		assertThat(budgets.stream().filter((budget) -> budget < 31_623).count()).isEqualTo(250);
	}

	@Test
	void theLargestRingsWaitForHalfScale() {
		assertThat(VertexBudgets.cap(0.5)).isEqualTo(1_000_000);
		assertThat(VertexBudgets.cap(0.01)).isEqualTo(20_000);
		assertThat(VertexBudgets.cap(0.0001)).isEqualTo(1_000);
		assertThat(VertexBudgets.spread(1, 0.001, new Random(1))).containsExactly(1_000);
	}

}
