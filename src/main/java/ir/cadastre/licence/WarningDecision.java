package ir.cadastre.licence;

/**
 * What came of a warning (Art. 20).
 *
 * @param outcome {@code FULFILLED}; or, once the deadline has passed, {@code DAMAGES}
 * (the holder pays for the failure) or {@code UNFIT} (it is found unfit to continue the
 * operations)
 * @param reason why; required but for {@code FULFILLED}
 */
record WarningDecision(String outcome, String reason) {
}
