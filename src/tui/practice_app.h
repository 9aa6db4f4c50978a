#ifndef RUCKSACK_PRACTICE_APP_H
#define RUCKSACK_PRACTICE_APP_H
/*
 * What the practice screens share: opening the practice journal for a run
 * (problems shown on the key line) and the drawing of laid-out text with its
 * styles.  (Answers are stamped with now_wall_s, core/base/clock.h.)
 */

#include "app.h"
#include "core/practice/practice_store.h"
#include "scroll.h"
#include "tlines.h"

/*
 * Opens the practice journal ($XDG_DATA_HOME/rucksack/practice) into s.  0;
 * or -1 with the reason on a's key line (nothing opened).  A repaired torn
 * line or a skipped record is said on the key line too, and is no failure.
 */
int papp_store_open(struct app *a, struct practice_store *s);
/* Reads the journal into log without opening it for writing (a missing one is empty).  0 or -1 (said). */
int papp_log_load(struct app *a, struct practice_log *log);
/* Says the first error of d (else its first warning) on a's key line; false when d is empty. */
bool papp_say(struct app *a, const struct diags *d);
/* Draws t's lines from sc->top in r (sc->rows rows), styled; lines [hl_from,
 * hl_to) in hl instead (hl_from == hl_to: none). */
void papp_draw_lines(const struct tlines *t, const struct scroll *sc, struct rect r,
		     size_t hl_from, size_t hl_to, enum pal hl);

#endif
