/* The headless screen the view tests draw on; see headless.h. */
#include "headless.h"

#include <check.h>
#include <locale.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/base/utf8.h"

static SCREEN *hl_scr;
static FILE *hl_out, *hl_in;

void hl_open(void)
{
	ck_assert_ptr_nonnull(setlocale(LC_ALL, "C.UTF-8"));
	hl_out = fopen("/dev/null", "w");
	hl_in = fopen("/dev/null", "r");
	hl_scr = newterm("xterm", hl_out, hl_in);
	ck_assert_ptr_nonnull(hl_scr);
	set_term(hl_scr);
	resizeterm(24, 80);
}

void hl_close(void)
{
	endwin();
	delscreen(hl_scr);
	fclose(hl_out);
	fclose(hl_in);
	hl_scr = NULL;
}

void hl_app_free(struct app *a)
{
	if (a->n)
		app_close(a, a->stack[0]);
	free(a->stack);
	free(a->message);
	free(a->farewell); /* a round closed with changes unsaved says where they went */
	*a = (struct app){0};
}

char *hl_cells(int y, int x, int w)
{
	/* a cell holds a character and up to CCHARW_MAX - 1 marks, 4 bytes each */
	char *out = calloc(1, (size_t)w * 4 * 6 + 1);
	size_t o = 0;
	for (int c = x; c < x + w;) {
		cchar_t cc;
		wchar_t wch[CCHARW_MAX + 1] = {0};
		attr_t a;
		short pair;
		mvin_wch(y, c, &cc);
		getcchar(&cc, wch, &a, &pair, NULL);
		for (int i = 0; wch[i]; i++)
			o += utf8_encode((uint32_t)wch[i], out + o);
		int cw = wcwidth(wch[0]);
		c += cw > 1 ? cw : 1;
	}
	while (o && out[o - 1] == ' ')
		out[--o] = '\0';
	return out;
}

char *hl_row(int y)
{
	char *out = hl_cells(y, 0, COLS);
	size_t lead = strspn(out, " ");
	memmove(out, out + lead, strlen(out + lead) + 1);
	return out;
}

char *hl_screen(void)
{
	size_t cap = (size_t)LINES * ((size_t)COLS * 24 + 1) + 1, o = 0;
	char *out = calloc(1, cap);
	for (int y = 0; y < LINES; y++) {
		char *row = hl_row(y);
		o += (size_t)snprintf(out + o, cap - o, "%s\n", row);
		free(row);
	}
	return out;
}

void hl_draw(struct app *a, struct view *v)
{
	erase();
	for (size_t i = 0; i < a->n; i++) {
		bool bare = a->stack[i]->ops->flags & VIEW_BARE;
		a->stack[i]->area = bare ? (struct rect){0, 0, LINES, COLS}
					 : (struct rect){1, 0, LINES - 2, COLS};
		if (a->stack[i]->ops->layout)
			a->stack[i]->ops->layout(a->stack[i]);
	}
	struct view *below = app_below(a, v);
	if ((v->ops->flags & VIEW_OVERLAY) && below)
		below->ops->draw(below);
	v->ops->draw(v);
}

void hl_paint(struct view *v)
{
	erase();
	v->ops->draw(v);
}

int hl_press(struct app *a, int key)
{
	struct view *v = app_top(a);
	enum action act = keys_lookup(v->ops->keys, key, v->ops->flags & VIEW_TEXT);
	int r = v->ops->key(v, key, act);
	app_result(a, v, r);
	return r;
}

void hl_type(struct app *a, const char *s)
{
	while (*s) {
		uint32_t cp;
		size_t n = utf8_decode(s, strlen(s), &cp);
		hl_press(a, cp == '\n' ? K_ENTER : (int)cp);
		s += n ? n : 1;
	}
}
