package ir.cadastre.licence;

/**
 * A transfer to a third party, approved by the ministry (Art. 7; Art. 10 note 3), or the
 * holder's request for one.
 *
 * @param to the new holder's user name, an applicant; an officer may leave it out to
 * approve the transfer the holder asked for
 * @param reason the grounds recorded (the holder's note, when it asks), optional
 */
record TransferRequest(String to, String reason) {

}
