/* Wrapped, safe printing of deck text. */
#include "cli/wrap.h"

#include <stdlib.h>
#include <string.h>

#include "core/base/utf8.h"
#include "core/base/utf8_spoof.h"
#include "core/base/xalloc.h"

#define WRAP_TAB "    "
#define WRAP_MIN_COLS 10

/* A copy with tabs as spaces and trailing newlines and spaces cut off. */
static char *wrap_prepare(const char *text)
{
	size_t tabs = 0, n = strlen(text);
	for (size_t i = 0; i < n; i++)
		tabs += text[i] == '\t';
	char *s = xmalloc(n + tabs * (sizeof WRAP_TAB - 2) + 1), *p = s;
	for (size_t i = 0; i < n; i++) {
		if (text[i] == '\t') {
			memcpy(p, WRAP_TAB, sizeof WRAP_TAB - 1);
			p += sizeof WRAP_TAB - 1;
		} else {
			*p++ = text[i];
		}
	}
	while (p > s && (p[-1] == '\n' || p[-1] == ' '))
		p--;
	*p = '\0';
	return s;
}

static void wrap_spaces(FILE *out, size_t n)
{
	while (n--)
		fputc(' ', out);
}

void wrap_print(FILE *out, const char *text, size_t indent, const char *bullet, size_t width)
{
	char *plain = wrap_prepare(text ? text : "");
	char *vis = utf8_reveal(plain, true); /* nothing invisible hides in what is shown */
	free(plain);
	if (!bullet)
		bullet = "";
	size_t bw = utf8_width(bullet);
	size_t cols = width > indent + bw + WRAP_MIN_COLS ? width - indent - bw : WRAP_MIN_COLS;
	size_t *starts = NULL, *lens = NULL;
	size_t n = *vis ? utf8_wrap(vis, cols, &starts, &lens) : 0;
	for (size_t i = 0; i < n; i++) {
		if (lens[i] > 0 || i == 0) {
			wrap_spaces(out, indent);
			if (i == 0)
				fputs(bullet, out);
			else
				wrap_spaces(out, bw);
		}
		fwrite(vis + starts[i], 1, lens[i], out);
		fputc('\n', out);
	}
	free(starts);
	free(lens);
	free(vis);
}
