package ir.cadastre;

/**
 * A setting the service cannot start with, said in one sentence that names the setting to
 * change; {@link StartupFailures} prints that sentence alone, without a stack trace.
 */
public class Misconfiguration extends IllegalStateException {

	public Misconfiguration(String message) {
		super(message);
	}

}
