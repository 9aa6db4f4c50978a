#ifndef RUCKSACK_NAMES_H
#define RUCKSACK_NAMES_H
/*
 * The rule for a person's name in a round, at setup and for a late arrival
 * alike: not empty, on one line (no control characters), and told apart
 * from everyone already named -- not the same, and not the same once case
 * and accents are set aside ("Zoë", "zoë", "Zoe"), since the room and the
 * transcript could not tell them apart.
 */
#include "core/base/diag.h"
#include "core/base/strv.h"

/* A copy of name without blanks (space, tab) at either end. */
char *names_trim(const char *name);
/* The name in names that reads as name once case and accents are set aside, or NULL. */
const char *names_alike(const struct strv *names, const char *name);
/* Whether the trimmed name t may join present (absent: those who sent
 * apologies; may be NULL): 0, or -1 with the reason in d. */
int names_check(const struct strv *present, const struct strv *absent, const char *t,
		struct diags *d);

#endif
