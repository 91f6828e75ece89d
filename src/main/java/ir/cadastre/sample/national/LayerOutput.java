package ir.cadastre.sample.national;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import ir.cadastre.layerfile.AttributeField;
import ir.cadastre.layerfile.LayerFileWriter;

import org.locationtech.jts.geom.Geometry;

/**
 * One layer being written in every chosen format at once, feature by feature, so that no
 * format needs the features held in memory. Prints progress at every tenth of the
 * expected count.
 */
final class LayerOutput implements AutoCloseable {

	private final Dataset dataset;

	private final String layer;

	private final long expected;

	private final Map<OutputFormat, LayerFileWriter> writers = new EnumMap<>(OutputFormat.class);

	private final long started = System.nanoTime();

	private long count;

	private long vertices;

	private long defects;

	private long nextReport;

	private boolean finished;

	private boolean closed;

	LayerOutput(Dataset dataset, String layer, List<AttributeField> fields, long expected) {
		this.dataset = dataset;
		this.layer = layer;
		this.expected = expected;
		this.nextReport = Math.max(1, expected / 10);
		try {
			for (OutputFormat format : dataset.options().formats()) {
				this.writers.put(format, format.open(dataset.options().out(), layer, fields));
			}
		}
		catch (RuntimeException ex) {
			close();
			throw ex;
		}
	}

	/** Writes one feature to every file; a {@code defect} attribute counts it as one. */
	void write(Map<String, Object> attributes, Geometry geometry) {
		for (LayerFileWriter writer : this.writers.values()) {
			writer.write(attributes, geometry);
		}
		this.count++;
		this.vertices += geometry.getNumPoints();
		if (attributes.get(Defect.ATTRIBUTE) != null) {
			this.defects++;
		}
		if (this.count >= this.nextReport) {
			System.out.printf("  %-17s %,11d of %,d  %6.1f s%n", this.layer, this.count, this.expected, seconds());
			this.nextReport += Math.max(1, this.expected / 10);
		}
	}

	long count() {
		return this.count;
	}

	/** Finishes every file and says what was written. */
	LayerSummary finish() {
		this.finished = true;
		close();
		Map<OutputFormat, Long> bytes = new EnumMap<>(OutputFormat.class);
		try {
			for (OutputFormat format : this.writers.keySet()) {
				bytes.put(format, Files.size(format.file(this.dataset.options().out(), this.layer)));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new LayerSummary(this.layer, this.count, this.vertices, this.defects, bytes, seconds());
	}

	private double seconds() {
		return (System.nanoTime() - this.started) / 1e9;
	}

	@Override
	public void close() {
		if (this.closed) {
			return;
		}
		this.closed = true;
		RuntimeException failure = null;
		for (LayerFileWriter writer : this.writers.values()) {
			try {
				writer.close();
			}
			catch (RuntimeException ex) {
				if (failure == null) {
					failure = ex;
				}
				else {
					failure.addSuppressed(ex);
				}
			}
		}
		if (!this.finished) {
			for (OutputFormat format : this.writers.keySet()) {
				try {
					Files.deleteIfExists(format.file(this.dataset.options().out(), this.layer));
				}
				catch (IOException ex) {
					// the run is failing already, with its own exception to report
				}
			}
		}
		if (failure != null) {
			throw failure;
		}
	}

}
