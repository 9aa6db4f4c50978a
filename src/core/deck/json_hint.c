#include "core/deck/json_hint.h"

#include <stdio.h>
#include <string.h>

#include "core/base/utf8.h"

/* Characters people paste without seeing them, by what they look like. */
static const struct {
	uint32_t cp;
	const char *what;
} invisible[] = {
	{ 0x00A0, "a non-breaking space (U+00A0), an invisible character" },
	{ 0x2007, "a figure space (U+2007), an invisible character" },
	{ 0x202F, "a narrow non-breaking space (U+202F), an invisible character" },
	{ 0x200B, "a zero-width space (U+200B), an invisible character" },
	{ 0x200C, "a zero-width non-joiner (U+200C), an invisible character" },
	{ 0x200D, "a zero-width joiner (U+200D), an invisible character" },
	{ 0x2060, "a word joiner (U+2060), an invisible character" },
	{ 0xFEFF, "a zero-width no-break space (U+FEFF), an invisible character" },
	{ 0x3000, "an ideographic space (U+3000)" },
	{ 0x2028, "a line separator (U+2028), an invisible character" },
	{ 0x2029, "a paragraph separator (U+2029), an invisible character" },
};

bool json_hint_char(uint32_t cp, char *msg, size_t n)
{
	if (cp == 0x201C || cp == 0x201D || cp == 0x2018 || cp == 0x2019 || cp == 0x201E ||
	    cp == 0x00AB || cp == 0x00BB) {
		snprintf(msg, n, "a curly quote; JSON needs straight quotes \"");
		return true;
	}
	for (size_t i = 0; i < sizeof invisible / sizeof *invisible; i++) {
		if (invisible[i].cp == cp) {
			snprintf(msg, n, "%s; outside quotes JSON allows only ordinary spaces: "
				 "delete it and type a space", invisible[i].what);
			return true;
		}
	}
	if (cp >= 0x2000 && cp <= 0x200A) {
		snprintf(msg, n, "a special space (U+%04X), an invisible character; outside quotes "
			 "JSON allows only ordinary spaces: delete it and type a space", (unsigned)cp);
		return true;
	}
	return false;
}

bool json_hint_utf16(const unsigned char *s, size_t len, char *msg, size_t n)
{
	bool bom = len >= 2 && ((s[0] == 0xFF && s[1] == 0xFE) || (s[0] == 0xFE && s[1] == 0xFF));
	/* '{' then NUL, or NUL then '{': ASCII stored two bytes a character */
	bool wide = len >= 2 && ((s[0] == 0 && s[1] > 0 && s[1] < 0x80) ||
				 (s[1] == 0 && s[0] > 0 && s[0] < 0x80));

	if (!bom && !wide)
		return false;
	snprintf(msg, n, "the file is saved as UTF-16 (\"Unicode\" in Notepad); "
		 "save it as UTF-8");
	return true;
}

/* Windows-1252 0x80..0x9F as Unicode; 0 where the code page has a hole. */
static const uint16_t cp1252_high[32] = {
	0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
	0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
	0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
	0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
};

bool json_hint_cp1252(const unsigned char *p, char *msg, size_t n)
{
	uint32_t cp = *p;
	char shown[8];
	size_t k;

	if (cp < 0x80)
		return false;
	if (cp < 0xA0)
		cp = cp1252_high[cp - 0x80];
	else if (cp == 0xA0 || cp == 0xAD)
		return false; /* invisible even in Windows-1252: no telling */
	if (cp == 0)
		return false;
	k = utf8_encode(cp, shown);
	shown[k] = '\0';
	snprintf(msg, n, "invalid UTF-8: byte 0x%02X is \"%s\" in Windows-1252, so the file "
		 "seems saved as Windows-1252 (\"ANSI\"); save it as UTF-8", *p, shown);
	return true;
}

bool json_hint_word(const unsigned char *p, const unsigned char *end, char *msg, size_t n)
{
	static const char *const words[] = { "true", "false", "null", "none", "nil" };
	size_t len = 0;

	while (p + len < end && len < 8 &&
	       ((p[len] | 0x20) >= 'a' && (p[len] | 0x20) <= 'z'))
		len++;
	for (size_t i = 0; i < sizeof words / sizeof *words; i++) {
		if (len != strlen(words[i]))
			continue;
		size_t k = 0;
		while (k < len && (p[k] | 0x20) == words[i][k])
			k++;
		if (k == len) {
			snprintf(msg, n, "\"%.*s\" is not a JSON value; write true, false or null "
				 "in lower case", (int)len, (const char *)p);
			return true;
		}
	}
	return false;
}
