package ir.cadastre.sample.national;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each defect breaks a licence, a triangle and a natural area with holes in the way its
 * name says, as JTS reports it.
 */
class DefectTests {

	private final GeometryFactory factory = new GeometryFactory();

	@Test
	void oneFeatureInAHundredHasADefectAndTheKindsTakeTurns() {
		assertThat(Defect.of(1)).isNull();
		assertThat(Defect.of(49)).isNull();
		assertThat(Defect.of(50)).isEqualTo(Defect.BOW_TIE);
		assertThat(Defect.of(150)).isEqualTo(Defect.HOLE_OUTSIDE_SHELL);
		assertThat(Defect.of(250)).isEqualTo(Defect.SPIKE);
		assertThat(Defect.of(350)).isEqualTo(Defect.DUPLICATE_RING);
		assertThat(Defect.of(450)).isEqualTo(Defect.BOW_TIE);
	}

	@Test
	void bowTieCrossesItself() throws Exception {
		checkBroken(licence(), Defect.BOW_TIE, TopologyValidationError.SELF_INTERSECTION);
		checkBroken(triangle(), Defect.BOW_TIE, TopologyValidationError.SELF_INTERSECTION);
		checkBroken(naturalArea(), Defect.BOW_TIE, TopologyValidationError.SELF_INTERSECTION);
	}

	@Test
	void strayHoleLiesOutsideTheShell() throws Exception {
		checkBroken(licence(), Defect.HOLE_OUTSIDE_SHELL, TopologyValidationError.HOLE_OUTSIDE_SHELL);
		checkBroken(naturalArea(), Defect.HOLE_OUTSIDE_SHELL, TopologyValidationError.HOLE_OUTSIDE_SHELL);
	}

	@Test
	void spikeRunsBackAlongItself() throws Exception {
		checkBroken(licence(), Defect.SPIKE, TopologyValidationError.RING_SELF_INTERSECTION);
		checkBroken(naturalArea(), Defect.SPIKE, TopologyValidationError.RING_SELF_INTERSECTION);
	}

	@Test
	void duplicateRingRepeatsTheShellAsAHole() throws Exception {
		checkBroken(licence(), Defect.DUPLICATE_RING, TopologyValidationError.SELF_INTERSECTION);
		checkBroken(naturalArea(), Defect.DUPLICATE_RING, TopologyValidationError.SELF_INTERSECTION);
	}

	private void checkBroken(MultiPolygon valid, Defect defect, int error) {
		assertThat(IsValidOp.isValid(valid)).isTrue();
		Coordinate centre = valid.getEnvelopeInternal().centre();
		MultiPolygon broken = defect.apply(valid, centre, CoordinateGrid.MICRODEGREE, 0.0002, this.factory);
		TopologyValidationError found = new IsValidOp(broken).getValidationError();
		assertThat(found).as("%s of %s", defect, valid.getGeometryType()).isNotNull();
		assertThat(found.getErrorType()).as("%s: %s", defect, found).isEqualTo(error);
	}

	private MultiPolygon licence() throws Exception {
		return (MultiPolygon) new WKTReader(this.factory)
			.read("MULTIPOLYGON (((55.00 30.00, 55.02 30.001, 55.021 30.02, 54.999 30.019, 55.00 30.00)))");
	}

	private MultiPolygon triangle() throws Exception {
		return (MultiPolygon) new WKTReader(this.factory)
			.read("MULTIPOLYGON (((55.00 30.00, 55.002 30.0, 55.001 30.002, 55.00 30.00)))");
	}

	/** A natural area of 3,000 positions with holes, about its frame's centre. */
	private MultiPolygon naturalArea() {
		Random random = new Random(3);
		NaturalShape shape;
		do {
			shape = NaturalShape.draw(random, 3000, 50, 1.5, 20);
		}
		while (shape.holes() == 0);
		return shape.geometry(random, new LocalFrame(54, 33), CoordinateGrid.TENTH_MICRODEGREE, this.factory);
	}

}
