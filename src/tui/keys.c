#include "keys.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/base/utf8.h"
#include "core/base/xalloc.h"

struct action_info {
	const char *name, *help;
	int keys[KEYS_MAX];
};

static const struct action_info actions[ACT_COUNT] = {
	[ACT_NONE] = {"", "", {0}},
#define X(id, name, help, ...) [ACT_##id] = {name, help, {__VA_ARGS__}},
	ACTIONS(X)
#undef X
};

const char *keys_action_name(enum action a)
{
	return (unsigned)a < ACT_COUNT ? actions[a].name : "";
}

const char *keys_action_help(enum action a)
{
	return (unsigned)a < ACT_COUNT ? actions[a].help : "";
}

size_t keys_of(enum action a, int *out)
{
	size_t n = 0;
	if ((unsigned)a >= ACT_COUNT)
		return 0;
	while (n < KEYS_MAX && actions[a].keys[n])
		out[n] = actions[a].keys[n], n++;
	return n;
}

static const struct {
	int key;
	const char *name;
} fn_names[] = {
	{K_UP, "↑"},	   {K_DOWN, "↓"},	 {K_LEFT, "←"},	       {K_RIGHT, "→"},
	{K_HOME, "Home"},   {K_END, "End"},	 {K_PGUP, "PgUp"},     {K_PGDN, "PgDn"},
	{K_ENTER, "Enter"}, {K_BACKSPACE, "Backspace"}, {K_DELETE, "Del"}, {K_INSERT, "Ins"},
	{K_ESC, "Esc"},	   {K_BTAB, "Shift-Tab"}, {K_RESIZE, "resize"}, {K_PASTE_BEGIN, "paste"},
	{K_PASTE_END, "end of paste"},
};

static char *keys_base_name(int key)
{
	if (key >= K_F0 && key < K_F0 + 64)
		return xasprintf("F%d", key - K_F0);
	for (size_t i = 0; i < sizeof fn_names / sizeof fn_names[0]; i++)
		if (fn_names[i].key == key)
			return xstrdup(fn_names[i].name);
	if (key == ' ')
		return xstrdup("Space");
	if (key == '\t')
		return xstrdup("Tab");
	if (key == 0x7f)
		return xstrdup("Backspace");
	if (key > 0 && key < 0x20)
		return xasprintf("Ctrl-%c", key + '@');
	char buf[5] = {0};
	if (key > 0 && key < K_FN && utf8_encode((uint32_t)key, buf))
		return xstrdup(buf);
	return xasprintf("key %#x", (unsigned)key);
}

char *keys_name(int key)
{
	if (key & K_ALT) {
		char *base = keys_base_name(key & ~K_ALT);
		char *s = xasprintf("Alt-%s", base);
		free(base);
		return s;
	}
	return keys_base_name(key);
}

bool keys_printable(int key)
{
	return key >= 0x20 && key != 0x7f && !(key >= 0x80 && key < 0xa0) && key < K_FN;
}

enum action keys_lookup(const enum action *acts, int key, bool text)
{
	if (text && keys_printable(key))
		return ACT_NONE;
	for (; *acts != ACT_NONE; acts++)
		for (size_t k = 0; k < KEYS_MAX && actions[*acts].keys[k]; k++)
			if (actions[*acts].keys[k] == key)
				return *acts;
	return ACT_NONE;
}

int keys_conflict(const enum action *acts, bool text)
{
	for (const enum action *a = acts; *a != ACT_NONE; a++)
		for (size_t k = 0; k < KEYS_MAX && actions[*a].keys[k]; k++) {
			int key = actions[*a].keys[k];
			if (text && keys_printable(key))
				continue;
			if (keys_lookup(acts, key, text) != *a)
				return key;
		}
	return 0;
}

/* "↑ k" or, on a text screen, "↑": the names of a's keys joined by spaces. */
static char *keys_joined(enum action a, bool text)
{
	char *s = xstrdup("");
	for (size_t k = 0; k < KEYS_MAX && actions[a].keys[k]; k++) {
		int key = actions[a].keys[k];
		if (text && keys_printable(key))
			continue;
		char *name = keys_name(key);
		char *t = xasprintf("%s%s%s", s, *s ? " " : "", name);
		free(name);
		free(s);
		s = t;
	}
	return s;
}

/* Appends "keys<pad>help" to out, the help wrapped to cols under itself. */
static size_t keys_help_one(const char *k, size_t col, const char *help, size_t cols,
			    struct strv *out)
{
	size_t indent = col + 3, *starts, *lens;
	size_t w = cols > indent + 10 ? cols - indent : (cols ? 10 : (size_t)-1);
	size_t n = utf8_wrap(help, w, &starts, &lens);
	for (size_t i = 0; i < n; i++) {
		size_t pad = i ? indent : indent - utf8_width(k);
		strv_push_owned(out, xasprintf("%s%*s%.*s", i ? "" : k, (int)pad, "", (int)lens[i],
					       help + starts[i]));
	}
	free(starts);
	free(lens);
	return n;
}

size_t keys_help_lines(const enum action *acts, bool text, size_t cols, struct strv *out)
{
	size_t col = 0, n = 0;
	for (const enum action *a = acts; *a != ACT_NONE; a++) {
		char *k = keys_joined(*a, text);
		size_t w = utf8_width(k);
		col = w > col ? w : col;
		free(k);
	}
	for (const enum action *a = acts; *a != ACT_NONE; a++) {
		char *k = keys_joined(*a, text);
		n += keys_help_one(k, col, actions[*a].help, cols, out);
		free(k);
	}
	return n;
}

/* The key the key line shows for a: its first, or on a text screen its first that does not type. */
static int keys_shown(enum action a, bool text)
{
	for (size_t k = 0; k < KEYS_MAX && actions[a].keys[k]; k++)
		if (!text || !keys_printable(actions[a].keys[k]))
			return actions[a].keys[k];
	return 0;
}

char *keys_bar(const enum action *acts, size_t cols, bool text)
{
	return keys_bar_named(acts, cols, text, NULL, NULL);
}

char *keys_bar_named(const enum action *acts, size_t cols, bool text,
		     const char *(*name_of)(const void *data, enum action a), const void *data)
{
	char *s = xstrdup("");
	size_t w = 0;
	for (; *acts != ACT_NONE; acts++) {
		int key = keys_shown(*acts, text);
		const char *label = name_of && key ? name_of(data, *acts) : NULL;
		if (!key || (label && !*label))
			continue;
		char *name = keys_name(key);
		char *item = xasprintf("%s%s %s", w ? "  " : "", name, label ? label : actions[*acts].name);
		free(name);
		size_t iw = utf8_width(item);
		if (w + iw <= cols) {
			char *t = xasprintf("%s%s", s, item);
			free(s);
			s = t;
			w += iw;
		}
		free(item);
	}
	return s;
}
