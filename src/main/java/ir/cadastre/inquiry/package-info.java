/**
 * Article 24 inquiries: one per consulted agency, its Solar Hijri window, the agency's
 * answer, deemed consent when the window closes unanswered, warnings and decrees.
 */
package ir.cadastre.inquiry;
