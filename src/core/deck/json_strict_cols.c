/*
 * Columns inside strings, for problems the loader finds after the strict
 * check: the text is known to be valid JSON by then, so these walk it
 * without bounds checks beyond the closing quote.
 */
#include "core/deck/json_strict.h"

/* The value of the four hex digits at p, for \u escapes; -1 if they are not. */
int json_hex4(const unsigned char *p, const unsigned char *end, uint32_t *cp)
{
	uint32_t v = 0;
	if (end - p < 4)
		return -1;
	for (int i = 0; i < 4; i++) {
		unsigned char c = p[i];
		v <<= 4;
		if (c >= '0' && c <= '9')
			v |= (uint32_t)(c - '0');
		else if (c >= 'a' && c <= 'f')
			v |= (uint32_t)(c - 'a' + 10);
		else if (c >= 'A' && c <= 'F')
			v |= (uint32_t)(c - 'A' + 10);
		else
			return -1;
	}
	*cp = v;
	return 0;
}

uint32_t json_strict_nltab_col(const char *text, const struct jpos *p)
{
	const unsigned char *s = (const unsigned char *)text + p->off + 1;
	uint32_t col = p->col + 1, cp;

	while (*s != '"') {
		if (*s != '\\') {
			s++;
			while ((*s & 0xC0) == 0x80)
				s++;
			col++;
		} else if (s[1] == 'n' || s[1] == 't') {
			return col;
		} else if (s[1] == 'u') {
			if (json_hex4(s + 2, s + 6, &cp) == 0 && (cp == '\n' || cp == '\t'))
				return col;
			s += 6, col += 6;
		} else {
			s += 2, col += 2;
		}
	}
	return p->col;
}

uint32_t json_strict_cp_col(const char *text, const struct jpos *p, size_t index)
{
	const unsigned char *s = (const unsigned char *)text + p->off + 1;
	uint32_t col = p->col + 1, hi, lo;

	for (; index > 0 && *s != '"'; index--) {
		if (*s != '\\') {
			s++;
			while ((*s & 0xC0) == 0x80)
				s++;
			col++;
		} else if (s[1] == 'u' && json_hex4(s + 2, s + 6, &hi) == 0 && hi >= 0xD800 &&
			   hi <= 0xDBFF && s[6] == '\\' && s[7] == 'u' && json_hex4(s + 8, s + 12, &lo) == 0) {
			s += 12, col += 12; /* a surrogate pair: one character */
		} else {
			size_t k = s[1] == 'u' ? 6 : 2;
			s += k, col += (uint32_t)k;
		}
	}
	return col;
}
