#ifndef RUCKSACK_VERSION_H
#define RUCKSACK_VERSION_H
/*
 * Comparing the versions decks carry ("1.2.0"), to warn when the copy in
 * use is older than one it hides.  Numbers are compared as numbers, part by
 * part (1.10.0 is newer than 1.9.2), anything else character by character.
 */

/* <0 when a is older than b, 0 when the same, >0 when newer. */
int version_cmp(const char *a, const char *b);

#endif
