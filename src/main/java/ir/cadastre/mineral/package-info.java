/**
 * The mineral catalogue and the rules of Articles 3 and 4 on which minerals the Ministry
 * licenses: what applications and the licences entering the register may name.
 */
package ir.cadastre.mineral;
