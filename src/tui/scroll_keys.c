#include "scroll_keys.h"

#include "app.h"

/* A page less one row, so that the last row read stays on screen. */
static long scroll_keys_page(const struct scroll *s)
{
	return (long)(s->rows > 1 ? s->rows - 1 : 1);
}

int scroll_keys_read(struct scroll *s, enum action act)
{
	long by;
	switch (act) {
	case ACT_UP:
		by = -1;
		break;
	case ACT_DOWN:
		by = 1;
		break;
	case ACT_PGUP:
		by = -scroll_keys_page(s);
		break;
	case ACT_PGDN:
		by = scroll_keys_page(s);
		break;
	case ACT_TOP:
		by = -(long)s->n;
		break;
	case ACT_BOTTOM:
		by = (long)s->n;
		break;
	default:
		return R_PASS;
	}
	return scroll_by(s, by) ? R_REDRAW : R_NONE;
}
