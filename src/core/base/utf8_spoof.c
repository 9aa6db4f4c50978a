#include "core/base/utf8_spoof.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/base/utf8.h"
#include "core/base/xalloc.h"

/* In code point order: utf8_spoof_name skips what lies outside it. */
static const struct {
	uint32_t cp;
	const char *name;
} utf8_spoofs[] = {
	{0x061C, "ARABIC LETTER MARK"},
	{0x200B, "ZERO WIDTH SPACE"},
	{0x200C, "ZERO WIDTH NON-JOINER"},
	{0x200D, "ZERO WIDTH JOINER"},
	{0x200E, "LEFT-TO-RIGHT MARK"},
	{0x200F, "RIGHT-TO-LEFT MARK"},
	{0x202A, "LEFT-TO-RIGHT EMBEDDING"},
	{0x202B, "RIGHT-TO-LEFT EMBEDDING"},
	{0x202C, "POP DIRECTIONAL FORMATTING"},
	{0x202D, "LEFT-TO-RIGHT OVERRIDE"},
	{0x202E, "RIGHT-TO-LEFT OVERRIDE"},
	{0x2060, "WORD JOINER"},
	{0x2066, "LEFT-TO-RIGHT ISOLATE"},
	{0x2067, "RIGHT-TO-LEFT ISOLATE"},
	{0x2068, "FIRST STRONG ISOLATE"},
	{0x2069, "POP DIRECTIONAL ISOLATE"},
	{0xFEFF, "ZERO WIDTH NO-BREAK SPACE"},
};
#define UTF8_N_SPOOFS (sizeof utf8_spoofs / sizeof utf8_spoofs[0])

const char *utf8_spoof_name(uint32_t cp)
{
	/* the table is in code point order: most text is outside it */
	if (cp < utf8_spoofs[0].cp || cp > utf8_spoofs[UTF8_N_SPOOFS - 1].cp)
		return NULL;
	for (size_t i = 0; i < UTF8_N_SPOOFS; i++)
		if (utf8_spoofs[i].cp == cp)
			return utf8_spoofs[i].name;
	return NULL;
}

/* Whether the joiner ending at byte end (starting at start) sits between two
 * non-ASCII characters that are not spoofing themselves. */
static bool utf8_joining(const char *s, size_t len, size_t start, size_t end)
{
	uint32_t before = 0, after = 0;
	if (start == 0 || end >= len)
		return false;
	size_t p = start;
	do
		p--;
	while (p > 0 && ((unsigned char)s[p] & 0xC0) == 0x80);
	if (!utf8_decode(s + p, start - p, &before) || !utf8_decode(s + end, len - end, &after))
		return false;
	return before >= 0x80 && after >= 0x80 && !utf8_spoof_name(before) &&
	       !utf8_spoof_name(after);
}

/* The first byte at or after i that is not ASCII, or len: eight at a time. */
static size_t ascii_run_end(const char *s, size_t len, size_t i)
{
	for (; i + 8 <= len; i += 8) {
		uint64_t w;
		memcpy(&w, s + i, 8);
		if (w & UINT64_C(0x8080808080808080))
			break;
	}
	while (i < len && (unsigned char)s[i] < 0x80)
		i++;
	return i;
}

size_t utf8_spoof_find(const char *s, size_t len, bool in_text, uint32_t *cp)
{
	for (size_t i = 0; i < len;) {
		/* None of them is ASCII, and lint runs this over every string of
		 * every file: ASCII bytes are passed over without decoding. */
		if ((unsigned char)s[i] < 0x80) {
			i = ascii_run_end(s, len, i + 1);
			continue;
		}
		uint32_t c;
		size_t k = utf8_decode(s + i, len - i, &c);
		if (k == 0) {
			i++;
			continue;
		}
		bool joiner = c == 0x200C || c == 0x200D;
		if (utf8_spoof_name(c) && !(in_text && joiner && utf8_joining(s, len, i, i + k))) {
			*cp = c;
			return i;
		}
		i += k;
	}
	return len;
}

size_t utf8_count_cps(const char *s, size_t off)
{
	size_t n = 0;
	for (size_t i = 0; i < off; n++) {
		uint32_t c;
		size_t k = utf8_decode(s + i, off - i, &c);
		i += k ? k : 1;
	}
	return n;
}

char *utf8_reveal(const char *s, bool keep_newline)
{
	const char *t = s ? s : "";
	size_t len = strlen(t), cap = len + 1, n = 0;
	char *out = xmalloc(cap);
	for (size_t i = 0; i < len;) {
		uint32_t cp = 0;
		size_t at = utf8_spoof_find(t + i, len - i, true, &cp) + i;
		xgrow((void **)&out, &cap, n + (at - i) + 10, 1);
		memcpy(out + n, t + i, at - i);
		n += at - i;
		if (at == len)
			break;
		n += (size_t)snprintf(out + n, 10, "<U+%04X>", (unsigned)cp);
		i = at + utf8_encode(cp, (char[4]){0});
	}
	out[n] = '\0';
	char *vis = utf8_visible(out, keep_newline);
	free(out);
	return vis;
}
