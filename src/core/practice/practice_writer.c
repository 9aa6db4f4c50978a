#include "core/practice/practice_writer.h"

#include <stdlib.h>
#include <string.h>

#include "core/base/rng.h"
#include "core/base/xalloc.h"
#include "core/practice/practice_deal.h"

int practice_writer_prepare(struct practice_writer *pw, const struct catalog *cat,
			    const struct practice_setup *setup, struct diags *d)
{
	*pw = (struct practice_writer){.dl = dealer_new(setup->seed)};
	if (practice_steps_choose(cat, setup, &pw->steps, d) != 0)
		return -1;
	pw->drill = catalog_find_kind(cat, pw->steps.target_deck, DOC_DECK);
	pw->vignettes = catalog_find_kind(cat, pw->steps.scene_deck, DOC_DECK);
	pw->used_ms = xcalloc(pw->steps.n, sizeof *pw->used_ms);
	pw->n = setup->n		 ? setup->n
		: pw->steps.flow ? PRACTICE_FLOW_ROUNDS
				 : PRACTICE_WRITE_ROUNDS;
	return pw->drill && pw->vignettes ? 0 : -1;
}

/* Deals the next exercise and shows its first step, its clocks at zero. */
static int writer_deal(struct practice_writer *pw, int64_t clock_ms)
{
	size_t card, vignette;
	if (practice_write_deal(pw->dl, pw->drill, pw->steps.target_suit, pw->vignettes,
				pw->steps.scene_suit, &card, &vignette) != 0)
		return -1;
	/* a fresh nonce per exercise keeps question ids unique across runs */
	practice_write_begin(&pw->w, pw->drill, card, pw->vignettes, vignette, pw->journal,
			     rng_fresh_seed());
	pw->exercise++;
	pw->step = 0;
	pw->sel = 0;
	memset(pw->used_ms, 0, pw->steps.n * sizeof *pw->used_ms);
	pw->visit_ms = clock_ms;
	return 0;
}

int practice_writer_start(struct practice_writer *pw, struct journal *j, int64_t clock_ms)
{
	pw->journal = j;
	return writer_deal(pw, clock_ms);
}

const struct practice_step *practice_writer_step(const struct practice_writer *pw)
{
	return pw->done ? NULL : &pw->steps.v[pw->step];
}

bool practice_writer_checking(const struct practice_writer *pw)
{
	return !pw->done && pw->steps.v[pw->step].kind == PSTEP_CHECK;
}

bool practice_writer_can_write(const struct practice_writer *pw)
{
	const struct practice_step *st = practice_writer_step(pw);
	return st && (st->kind != PSTEP_READ || st->note);
}

bool practice_writer_can_mark(const struct practice_writer *pw)
{
	return practice_writer_checking(pw) && pw->w.questions.n;
}

bool practice_writer_can_compare(const struct practice_writer *pw)
{
	return !pw->done && pw->w.questions.n;
}

bool practice_writer_offers_drill(const struct practice_writer *pw)
{
	const struct practice_step *st = practice_writer_step(pw);
	return st && st->drill;
}

bool practice_writer_more(const struct practice_writer *pw)
{
	return pw->exercise < pw->n;
}

struct practice_setup practice_writer_drill_setup(const struct practice_writer *pw,
						  uint64_t seed)
{
	return (struct practice_setup){.deck = pw->steps.target_deck,
				       .suit = pw->steps.target_suit,
				       .mode = PRACTICE_MODE_NAME,
				       .n = PRACTICE_NAME_ITEMS,
				       .seed = seed};
}

int64_t practice_writer_timing(const struct practice_writer *pw, int64_t *used, int64_t *since)
{
	*used = pw->used_ms[pw->step];
	*since = pw->visit_ms;
	return pw->done ? 0 : (int64_t)(pw->steps.v[pw->step].minutes * 60000);
}

long practice_writer_add(struct practice_writer *pw, const char *text, int64_t now,
			 struct diags *d)
{
	if (!practice_writer_can_write(pw))
		return -1;
	const struct practice_step *st = practice_writer_step(pw);
	/* only a flow's phases take notes, so a note step always has its flow */
	long i = st->note ? practice_write_note(&pw->w, pw->steps.flow->id, st->id, text, now, d)
			  : practice_write_add(&pw->w, text, now, d);
	if (i >= 0 && !st->note)
		pw->sel = (size_t)i;
	return i;
}

int practice_writer_mark(struct practice_writer *pw, enum practice_mark m, int64_t now,
			 struct diags *d)
{
	if (!practice_writer_can_mark(pw))
		return 0;
	if (practice_write_mark(&pw->w, pw->sel, m, now, d) != 0)
		return -1;
	if (pw->sel + 1 < pw->w.questions.n)
		pw->sel++;
	return 0;
}

bool practice_writer_select_by(struct practice_writer *pw, long delta)
{
	size_t step = delta < 0 ? (size_t)0 - (size_t)delta : (size_t)delta;
	if (!practice_writer_can_mark(pw) || !delta ||
	    (delta < 0 ? step > pw->sel : step >= pw->w.questions.n - pw->sel))
		return false;
	pw->sel = delta < 0 ? pw->sel - step : pw->sel + step;
	return true;
}

/* Shows step i, counting the time spent at the one it leaves; the question
 * selected is the first still to mark. */
static void writer_goto(struct practice_writer *pw, size_t i, int64_t clock_ms)
{
	pw->used_ms[pw->step] += clock_ms - pw->visit_ms;
	pw->step = i;
	pw->visit_ms = clock_ms;
	pw->sel = 0;
	while (pw->sel + 1 < pw->w.questions.n && pw->w.marks[pw->sel] != MARK_NONE)
		pw->sel++;
}

/* Counts the exercise on show into the run's totals and forgets it. */
static void writer_finish(struct practice_writer *pw)
{
	pw->written += pw->w.questions.n;
	pw->on_target += practice_write_count(&pw->w, MARK_ON_TARGET);
	pw->not_yet += practice_write_count(&pw->w, MARK_NOT_YET);
	pw->notes += pw->w.notes.n;
	practice_write_free(&pw->w);
}

bool practice_writer_forward(struct practice_writer *pw, int64_t clock_ms)
{
	if (pw->done)
		return false;
	if (pw->step + 1 < pw->steps.n) {
		writer_goto(pw, pw->step + 1, clock_ms);
		return true;
	}
	writer_finish(pw);
	if (!practice_writer_more(pw) || writer_deal(pw, clock_ms) != 0)
		pw->done = true;
	return true;
}

bool practice_writer_back(struct practice_writer *pw, int64_t clock_ms)
{
	if (pw->done || !pw->step)
		return false;
	writer_goto(pw, pw->step - 1, clock_ms);
	return true;
}

bool practice_writer_compare(struct practice_writer *pw, int64_t clock_ms)
{
	if (!practice_writer_can_compare(pw))
		return false;
	enum pstep_kind to = practice_writer_checking(pw) ? PSTEP_WRITE : PSTEP_CHECK;
	writer_goto(pw, practice_steps_find(&pw->steps, to), clock_ms);
	return true;
}

bool practice_writer_leave(struct practice_writer *pw)
{
	if (pw->done)
		return true;
	writer_finish(pw);
	if (!pw->written && !pw->notes)
		return true;
	pw->done = true;
	return false;
}

void practice_writer_free(struct practice_writer *pw)
{
	practice_write_free(&pw->w);
	practice_steps_free(&pw->steps);
	dealer_free(pw->dl);
	free(pw->used_ms);
	*pw = (struct practice_writer){0};
}
