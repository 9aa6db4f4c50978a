#include "input.h"

#include "keys.h"
#include "term.h"

/* Codes past curses' own for the bracketed-paste markers. */
#define INPUT_PASTE_BEGIN (KEY_MAX + 1)
#define INPUT_PASTE_END (KEY_MAX + 2)

void input_init(void)
{
	define_key("\033[200~", INPUT_PASTE_BEGIN);
	define_key("\033[201~", INPUT_PASTE_END);
}

static const struct {
	int curses, key;
} fn_keys[] = {
	{INPUT_PASTE_BEGIN, K_PASTE_BEGIN}, {INPUT_PASTE_END, K_PASTE_END},
	{KEY_UP, K_UP},		{KEY_DOWN, K_DOWN},   {KEY_LEFT, K_LEFT},
	{KEY_RIGHT, K_RIGHT},	{KEY_HOME, K_HOME},   {KEY_END, K_END},
	{KEY_PPAGE, K_PGUP},	{KEY_NPAGE, K_PGDN},  {KEY_ENTER, K_ENTER},
	{KEY_BACKSPACE, K_BACKSPACE}, {KEY_DC, K_DELETE}, {KEY_IC, K_INSERT},
	{KEY_BTAB, K_BTAB},	{KEY_RESIZE, K_RESIZE}, {KEY_A1, K_HOME},
	{KEY_C1, K_END},	{KEY_A3, K_PGUP},     {KEY_C3, K_PGDN},
};

static int input_fn(int code)
{
	if (code >= KEY_F(0) && code <= KEY_F(63))
		return K_F(code - KEY_F(0));
	for (size_t i = 0; i < sizeof fn_keys / sizeof fn_keys[0]; i++)
		if (fn_keys[i].curses == code)
			return fn_keys[i].key;
	return 0;
}

static int input_char(wint_t c)
{
	if (c == '\r' || c == '\n')
		return K_ENTER;
	if (c == 0x7f || c == 0x08)
		return K_BACKSPACE;
	return (int)c;
}

/* One key as read, without the Esc prefix logic. */
static int input_one(void)
{
	wint_t wc;
	int r = get_wch(&wc);
	if (r == ERR)
		return -1;
	if (r == KEY_CODE_YES)
		return input_fn((int)wc);
	return wc == 0x1b ? K_ESC : input_char(wc);
}

/*
 * Esc followed at once by another key: Alt-Backspace is the one Alt key the
 * program uses; anything else is Esc and then that key (a quick "Esc y" in
 * a dialog, or keys pasted or sent together, must not merge).
 */
int input_read(void)
{
	static int pending = -1;
	int k = pending;
	pending = -1;
	if (k != -1)
		return k;
	k = input_one();
	if (k != K_ESC)
		return k;
	int next = input_one(); /* curses has waited ESCDELAY for a sequence already */
	if (next == K_BACKSPACE)
		return K_ALT + K_BACKSPACE;
	pending = next;
	return K_ESC;
}
