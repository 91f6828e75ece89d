package ir.cadastre.layerfile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * An opened layer file (see {@link LayerFiles#open}). Close it when done: that ends any
 * feature stream still open and deletes what was extracted from a zip.
 */
public final class LayerFile implements AutoCloseable {

	private final LayerSource source;

	private final Path scratch;

	private final Set<FeatureCursor> cursors = new LinkedHashSet<>();

	private boolean closed;

	LayerFile(LayerSource source, Path scratch) {
		this.source = source;
		this.scratch = scratch;
	}

	/** The format detected from the file's name and content. */
	public LayerFormat format() {
		return this.source.format();
	}

	/**
	 * The layer's name inside the file: the GeoPackage table, the Shapefile's base name,
	 * the KML document's or GeoJSON collection's {@code name}, else the file's base name.
	 */
	public String layerName() {
		return this.source.layerName();
	}

	/**
	 * The SRID of the coordinates: the {@code sourceSrid} given on opening, else what the
	 * file says (the {@code .prj}, the GeoPackage table's SRS; 4326 for GeoJSON and KML).
	 */
	public int srid() {
		return this.source.srid();
	}

	/**
	 * The attribute names in the file's order. For a Shapefile or GeoPackage this is the
	 * schema; GeoJSON and KML have none, so the first call reads the whole file once
	 * (streaming) to collect every name that occurs.
	 */
	public List<String> attributeNames() {
		return List.copyOf(this.source.attributeNames());
	}

	/**
	 * The features in file order, read one at a time from the file. Each call starts a
	 * new pass. Close the stream (try-with-resources) to release the reader early.
	 * @throws LayerFileException while streaming, when the file turns out to be damaged
	 * part-way (the features before it have been delivered); an
	 * {@link UncheckedIOException} is the server's own trouble
	 */
	public Stream<SourceFeature> features() {
		if (this.closed) {
			throw new IllegalStateException("The layer file is closed");
		}
		FeatureCursor cursor;
		try {
			cursor = this.source.cursor();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.cursors.add(cursor);
		Spliterator<SourceFeature> spliterator = new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE,
				Spliterator.ORDERED | Spliterator.NONNULL) {

			@Override
			public boolean tryAdvance(Consumer<? super SourceFeature> action) {
				SourceFeature feature;
				try {
					feature = cursor.next();
				}
				catch (IOException ex) {
					// Damage the user can fix is a LayerFileException from the reader;
					// this is the server's own trouble (a disk, a temp file) and a 5xx.
					throw new UncheckedIOException(ex);
				}
				if (feature == null) {
					close(cursor);
					return false;
				}
				action.accept(feature);
				return true;
			}

		};
		return StreamSupport.stream(spliterator, false).onClose(() -> close(cursor));
	}

	private void close(FeatureCursor cursor) {
		if (!this.cursors.remove(cursor)) {
			return;
		}
		try {
			cursor.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The folder a zip was extracted to, or {@code null}; for tests. */
	Path scratch() {
		return this.scratch;
	}

	@Override
	public void close() {
		if (this.closed) {
			return;
		}
		this.closed = true;
		List<Exception> failures = new ArrayList<>();
		for (FeatureCursor cursor : List.copyOf(this.cursors)) {
			run(() -> cursor.close(), failures);
		}
		this.cursors.clear();
		run(this.source::close, failures);
		if (this.scratch != null) {
			run(() -> ScratchDirectory.delete(this.scratch), failures);
		}
		if (!failures.isEmpty()) {
			UncheckedIOException failure = new UncheckedIOException(new IOException("Closing the layer file failed"));
			failures.forEach(failure::addSuppressed);
			throw failure;
		}
	}

	private static void run(IoAction action, List<Exception> failures) {
		try {
			action.run();
		}
		catch (Exception ex) {
			failures.add(ex);
		}
	}

	private interface IoAction {

		void run() throws IOException;

	}

}
