#include "scroll.h"

size_t scroll_max_top(const struct scroll *s)
{
	size_t rows = s->rows ? s->rows : 1;
	return s->n > rows ? s->n - rows : 0;
}

/* Moves top so that sel is on screen, then within range. */
static void scroll_show_sel(struct scroll *s)
{
	size_t rows = s->rows ? s->rows : 1;
	if (s->sel < s->top)
		s->top = s->sel;
	else if (s->sel >= s->top + rows)
		s->top = s->sel - rows + 1;
	if (s->top > scroll_max_top(s))
		s->top = scroll_max_top(s);
}

void scroll_set(struct scroll *s, size_t n, size_t rows)
{
	s->n = n;
	s->rows = rows;
	if (s->sel >= n)
		s->sel = n ? n - 1 : 0;
	scroll_show_sel(s);
}

bool scroll_select(struct scroll *s, size_t i)
{
	size_t old = s->sel;
	s->sel = s->n == 0 ? 0 : (i >= s->n ? s->n - 1 : i);
	scroll_show_sel(s);
	return s->sel != old;
}

bool scroll_by(struct scroll *s, long delta)
{
	size_t old = s->top, max = scroll_max_top(s);
	if (delta < 0)
		s->top = (size_t)-delta > s->top ? 0 : s->top - (size_t)-delta;
	else
		s->top = s->top + (size_t)delta > max ? max : s->top + (size_t)delta;
	s->sel = s->top; /* so scroll_set keeps the place on a resize */
	return s->top != old;
}
