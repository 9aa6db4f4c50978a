#ifndef RUCKSACK_WRAP_H
#define RUCKSACK_WRAP_H
/*
 * Printing text from decks wrapped to a width: control characters made
 * visible, tabs as spaces, never a character split.  For show and deal.
 */
#include <stddef.h>
#include <stdio.h>

/*
 * Prints text wrapped so no line is wider than width columns: each line
 * starts with indent spaces; the first also with bullet (may be NULL or ""),
 * later ones with as many spaces as the bullet is wide.  Each \n in text
 * starts a new line; blank lines stay, without trailing spaces; trailing
 * newlines are dropped.  Nothing is printed for empty text.  Lines get at
 * least 10 columns of text even when width is too small for that.
 */
void wrap_print(FILE *out, const char *text, size_t indent, const char *bullet, size_t width);

#endif
