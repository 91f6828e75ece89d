package ir.cadastre.licence;

/**
 * A warning to a licence's holder (Art. 20).
 *
 * @param obligation the obligation the holder does not fulfil, and what it must do
 * @param days the days it is given, from today (Asia/Tehran): its deadline is the end of
 * the last of them
 */
public record WarningRequest(String obligation, Integer days) {
}
