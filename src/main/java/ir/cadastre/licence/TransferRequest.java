package ir.cadastre.licence;

/**
 * A transfer to a third party, approved by the ministry (Art. 7; Art. 10 note 3).
 *
 * @param to the new holder's user name, an applicant
 * @param reason the grounds recorded, optional
 */
record TransferRequest(String to, String reason) {

}
