#ifndef RUCKSACK_NEAREST_H
#define RUCKSACK_NEAREST_H
/*
 * "Did you mean ...?" for a misspelt name: offer each valid name in turn,
 * then ask for the hint.  The nearest name counts only when it is close
 * (a typo or two, not a different word); the valid names are listed only
 * when there are few, so a hint stays one line.
 */
#include <stddef.h>

#define NEAREST_LIST_MAX 8

struct nearest {
	const char *word;
	const char *best;  /* the closest name offered so far, or NULL */
	size_t best_dist;
	size_t offered;
	const char *names[NEAREST_LIST_MAX];
};

void nearest_init(struct nearest *n, const char *word);
void nearest_offer(struct nearest *n, const char *name);

/* The edit distance (insert, delete, change, swap two neighbours) of a and
 * b, ignoring case; SIZE_MAX when either is longer than 64 bytes. */
size_t nearest_distance(const char *a, const char *b);

/*
 * Writes "; did you mean "NAME"?" when a close name was offered, else
 * " (WHAT: a, b, c)" when few were, else "", into buf[size].  Returns buf.
 */
const char *nearest_hint(const struct nearest *n, const char *what, char *buf, size_t size);

#endif
