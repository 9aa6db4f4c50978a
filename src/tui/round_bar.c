/* The phase screen's key line for the state at hand (round_bar.h). */
#include "round_bar.h"

static size_t bar_push(enum action *out, size_t n, size_t cap, enum action a)
{
	if (n + 1 < cap)
		out[n++] = a;
	return n;
}

size_t rbar_actions(const struct rbar_state *st, enum action *out, size_t cap)
{
	size_t n = 0;
	if (!cap)
		return 0;
	if (st->ended) {
		if (st->cards)
			n = bar_push(out, n, cap, ACT_PH_CARD);
		n = bar_push(out, n, cap, ACT_PH_TRANSCRIPT);
		n = bar_push(out, n, cap, ACT_PH_REOPEN);
		n = bar_push(out, n, cap, ACT_HELP);
		n = bar_push(out, n, cap, ACT_PH_QUIT);
		out[n] = ACT_NONE;
		return n;
	}
	if (st->unsaved) {
		n = bar_push(out, n, cap, ACT_PH_RETRY);
		n = bar_push(out, n, cap, ACT_PH_SAVEAS);
	}
	if (st->last)
		n = bar_push(out, n, cap, ACT_PH_END);
	if (st->timed)
		n = bar_push(out, n, cap, ACT_PH_PAUSE);
	n = bar_push(out, n, cap, ACT_HELP);
	n = bar_push(out, n, cap, ACT_PH_WRITE);
	if (st->actions)
		n = bar_push(out, n, cap, ACT_PH_ACTION);
	if (!st->last)
		n = bar_push(out, n, cap, ACT_PH_NEXT);
	if (st->cards)
		n = bar_push(out, n, cap, ACT_PH_CARD);
	n = bar_push(out, n, cap, ACT_PH_PROJECTOR);
	if (st->timed)
		n = bar_push(out, n, cap, ACT_PH_MINUTE);
	n = bar_push(out, n, cap, ACT_PH_NOTE);
	if (!st->last)
		n = bar_push(out, n, cap, ACT_PH_END);
	n = bar_push(out, n, cap, ACT_PH_QUIT);
	n = bar_push(out, n, cap, ACT_PH_PREV);
	if (st->timed)
		n = bar_push(out, n, cap, ACT_PH_LESS);
	out[n] = ACT_NONE;
	return n;
}
