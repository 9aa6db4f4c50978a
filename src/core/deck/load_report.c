#include "core/deck/load_report.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>

#include "core/base/utf8.h"

void lrep_add(struct lrep *r, int line, int col, enum diag_severity sev,
	      enum diag_kind kind, const char *fmt, ...)
{
	char msg[512];
	va_list ap;

	if (sev == DIAG_ERROR)
		r->errors++;
	if (r->shown > LREP_MAX_SHOWN)
		return;
	if (r->shown == LREP_MAX_SHOWN) {
		r->shown++;
		diags_warn(r->d, r->file, 0, 0, kind,
			   "more than %d problems; the rest are not shown", LREP_MAX_SHOWN);
		return;
	}
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	r->shown++;
	diags_add(r->d, r->file, line, col, sev, kind, "%s", msg);
}

/* Appends the escaped form of one code point; false when it does not fit. */
static bool quote_cp(char *buf, size_t *n, size_t room, const char *src, size_t len,
		     uint32_t cp)
{
	char esc[8];
	const char *put = src;
	size_t k = len;

	if (utf8_is_control(cp) || cp == '"' || cp == '\\') {
		if (cp == '"' || cp == '\\')
			k = (size_t)snprintf(esc, sizeof esc, "\\%c", (char)cp);
		else
			k = (size_t)snprintf(esc, sizeof esc, "\\u%04X", (unsigned)cp);
		put = esc;
	}
	if (*n + k > room)
		return false;
	for (size_t i = 0; i < k; i++)
		buf[(*n)++] = put[i];
	return true;
}

const char *lrep_quote(char buf[LREP_QUOTE_SIZE], const char *s)
{
	size_t n = 0, room = LREP_QUOTE_SIZE - 6; /* closing quote, "...", NUL */
	size_t len = 0;

	while (s[len])
		len++;
	buf[n++] = '"';
	for (size_t i = 0; i < len;) {
		uint32_t cp = 0xFFFD;
		size_t k = utf8_decode(s + i, len - i, &cp);
		if (k == 0) /* cannot happen after the strict check; show a stand-in */
			k = 1, cp = 0xFFFD;
		if (!quote_cp(buf, &n, room, cp == 0xFFFD && k == 1 ? "\xEF\xBF\xBD" : s + i,
			      cp == 0xFFFD && k == 1 ? 3 : k, cp)) {
			buf[n++] = '.', buf[n++] = '.', buf[n++] = '.';
			break;
		}
		i += k;
	}
	buf[n++] = '"';
	buf[n] = '\0';
	return buf;
}
