package ir.cadastre.licence;

/**
 * A holder asking for the exploitation licence (Art. 8) or a renewal (Art. 10 note 3).
 *
 * @param note what the holder adds (the exploitation plan it submits, Art. 9), optional
 */
record HolderRequest(String note) {

}
