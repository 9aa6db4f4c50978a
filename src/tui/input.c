#include "input.h"

#include "keys.h"
#include "term.h"

static const struct {
	int curses, key;
} fn_keys[] = {
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

int input_read(void)
{
	int k = input_one();
	if (k != K_ESC)
		return k;
	/* curses has waited ESCDELAY for a sequence; a key already here came with the Esc */
	int next = input_one();
	if (next == K_RESIZE)
		ungetch(KEY_RESIZE);
	else if (next == K_ESC)
		unget_wch(0x1b);
	if (next <= 0 || next == K_RESIZE || next == K_ESC)
		return K_ESC;
	return next | K_ALT;
}
