/* The setup screen's and the rounds lists' key lines for the state at hand (screen_bars.h). */
#include "screen_bars.h"

#include "round_bar.h"

/* Appends each of list, up to its ACT_NONE. */
static size_t bar_take(enum action *out, size_t n, size_t cap, const enum action *list)
{
	for (; *list != ACT_NONE; list++)
		n = rbar_push(out, n, cap, *list);
	return n;
}

/* Too few people to start: adding them leads. */
static size_t subar_filling(const struct subar_state *st, enum action *out, size_t cap)
{
	size_t n = rbar_push(out, 0, cap, ACT_SU_ADD);
	if (st->groups)
		n = rbar_push(out, n, cap, ACT_SU_GROUP);
	const enum action rest[] = {ACT_SU_APOLOGY, ACT_SU_FACIL, ACT_SU_FIT, ACT_HELP, ACT_CLOSE,
				    ACT_NONE};
	n = bar_take(out, n, cap, rest);
	if (st->people)
		n = rbar_push(out, n, cap, ACT_SU_REMOVE);
	return n;
}

size_t subar_actions(const struct subar_state *st, enum action *out, size_t cap)
{
	if (!cap)
		return 0;
	out[0] = ACT_NONE;
	if (st->marked) {
		const enum action swap[] = {ACT_SU_SWAP, ACT_UP, ACT_DOWN, ACT_HELP, ACT_NONE};
		return bar_take(out, 0, cap, swap);
	}
	if (!st->can_start)
		return subar_filling(st, out, cap);
	const enum action ready[] = {ACT_SU_START, ACT_SU_ADD, ACT_SU_FIT, ACT_SU_CASE, ACT_SU_APOLOGY,
				     ACT_HELP, ACT_CLOSE, ACT_SU_SWAP, ACT_NONE};
	size_t n = bar_take(out, 0, cap, ready);
	if (st->optional)
		n = rbar_push(out, n, cap, ACT_SU_OPTIONAL);
	const enum action tail[] = {ACT_SU_FACIL, ACT_SU_SEED, ACT_SU_REMOVE, ACT_NONE};
	return bar_take(out, n, cap, tail);
}

size_t rdbar_actions(const struct rdbar_state *st, enum action *out, size_t cap)
{
	if (!cap)
		return 0;
	out[0] = ACT_NONE;
	if (!st->any) {
		const enum action none[] = {ACT_CLOSE, ACT_HELP, ACT_NONE};
		return bar_take(out, 0, cap, none);
	}
	size_t n = st->blocked ? 0 : rbar_push(out, 0, cap, ACT_RD_RESUME);
	n = rbar_push(out, n, cap, ACT_RD_READ);
	n = rbar_push(out, n, cap, ACT_RD_EXPORT);
	if (st->all) /* keeping rounds tidy is what that list is for */
		n = rbar_push(out, n, cap, ACT_RD_DELETE);
	n = rbar_push(out, n, cap, ACT_HELP);
	n = rbar_push(out, n, cap, ACT_CLOSE);
	if (!st->all)
		n = rbar_push(out, n, cap, ACT_RD_DELETE);
	return n;
}
