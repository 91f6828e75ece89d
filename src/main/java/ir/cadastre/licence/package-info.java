/**
 * Licences issued on the grantable area of granted applications (Art. 26), and the
 * licence register.
 */
package ir.cadastre.licence;
