#ifndef RUCKSACK_PRACTICE_STATS_H
#define RUCKSACK_PRACTICE_STATS_H
/*
 * Progress over time, rebuilt from the practice journal: accuracy per suit
 * per ISO week (UTC) and the suits most often taken for one another.  As in
 * a run's score, "right" is the suit (type) named right whatever the card;
 * subtypes are counted apart, where the suit was named right and the card
 * was asked (the suit has several cards).
 */
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "core/deck/catalog.h"
#include "core/practice/practice_store.h"

struct practice_week_row {
	char week[12]; /* "2026-W48" */
	char *suit;
	unsigned asked, right;
	unsigned sub_asked, sub_right; /* subtypes, where the suit was right */
	size_t order; /* the suit's place in its deck's order (see practice_stats_build) */
};

struct practice_confused {
	char *right, *given; /* suit ids */
	unsigned count;
	size_t order_right, order_given; /* as practice_week_row.order */
};

struct practice_stats {
	struct practice_week_row *rows; /* by week, then suit (see practice_stats_build) */
	size_t n_rows, cap_rows;
	struct practice_confused *pairs; /* most frequent first */
	size_t n_pairs, cap_pairs;
	unsigned asked, right;
	unsigned sub_asked, sub_right;
};

/* The ISO 8601 week of ts (UTC) as "YYYY-Www" into buf (>= 12 bytes). */
void practice_iso_week(int64_t ts, char *buf, size_t n);
/*
 * Builds the statistics of the answers for deck (every deck when NULL).
 * Suits come in their deck's order, as in a run's summary, when the deck is
 * in cat (every deck answered, by id, when deck is NULL); suits of a deck
 * not in cat (cat NULL, or the deck no longer on the search path) and suits
 * the deck no longer has come after them, by id.  Pairs tied in count follow
 * the same order.
 */
void practice_stats_build(struct practice_stats *st, const struct practice_log *log,
			  const char *deck, const struct catalog *cat);
/* The overall line, as `rucksack stats` and the progress screen show it:
 * "Overall: 7 of 8 types right (87%)", then "; 5 of 6 subtypes right (83%)"
 * where subtypes were asked.  Fresh string. */
char *practice_stats_overall(const struct practice_stats *st);
/* The table as text: one line per week and suit (subtypes right/asked, or
 * "-"), the overall line, then up to max_pairs pairs. */
void practice_stats_print_text(FILE *out, const struct practice_stats *st,
			       size_t max_pairs);
/* The same as one JSON object {"answers","right","subtypes_asked",
 * "subtypes_right","weeks":[...],"confused":[...]}. */
void practice_stats_print_json(FILE *out, const struct practice_stats *st);
void practice_stats_free(struct practice_stats *st);

/* `rucksack stats`: reads the journal at path (missing = no answers yet) and
 * prints the statistics for deck (all decks when NULL), suits in the order
 * of their decks in cat (may be NULL), as JSON when json is set.  A torn
 * last line is a warning in d.  0, or -1 with an io diagnostic. */
int practice_stats_report(FILE *out, const char *path, const char *deck,
			  const struct catalog *cat, bool json, struct diags *d);

#endif
