/* The phase screen's key line for the state at hand (round_bar.h). */
#include "round_bar.h"

size_t rbar_push(enum action *out, size_t n, size_t cap, enum action a)
{
	if (n + 1 < cap)
		out[n++] = a;
	out[n] = ACT_NONE;
	return n;
}

size_t rbar_actions(const struct rbar_state *st, enum action *out, size_t cap)
{
	size_t n = 0;
	if (!cap)
		return 0;
	if (st->ended) {
		if (st->cards)
			n = rbar_push(out, n, cap, ACT_PH_CARD);
		n = rbar_push(out, n, cap, ACT_PH_TRANSCRIPT);
		n = rbar_push(out, n, cap, ACT_PH_REOPEN);
		n = rbar_push(out, n, cap, ACT_HELP);
		n = rbar_push(out, n, cap, ACT_PH_QUIT);
		return n;
	}
	if (st->unsaved) {
		n = rbar_push(out, n, cap, ACT_PH_RETRY);
		n = rbar_push(out, n, cap, ACT_PH_SAVEAS);
	}
	if (st->last)
		n = rbar_push(out, n, cap, ACT_PH_END);
	if (st->timed)
		n = rbar_push(out, n, cap, ACT_PH_PAUSE);
	n = rbar_push(out, n, cap, ACT_HELP);
	n = rbar_push(out, n, cap, ACT_PH_WRITE);
	if (st->actions)
		n = rbar_push(out, n, cap, ACT_PH_ACTION);
	if (!st->last)
		n = rbar_push(out, n, cap, ACT_PH_NEXT);
	if (st->cards)
		n = rbar_push(out, n, cap, ACT_PH_CARD);
	n = rbar_push(out, n, cap, ACT_PH_PROJECTOR);
	if (st->timed)
		n = rbar_push(out, n, cap, ACT_PH_MINUTE);
	n = rbar_push(out, n, cap, ACT_PH_NOTE);
	if (!st->last)
		n = rbar_push(out, n, cap, ACT_PH_END);
	n = rbar_push(out, n, cap, ACT_PH_QUIT);
	n = rbar_push(out, n, cap, ACT_PH_PREV);
	if (st->timed)
		n = rbar_push(out, n, cap, ACT_PH_LESS);
	return n;
}
