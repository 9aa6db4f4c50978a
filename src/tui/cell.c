#include "cell.h"

#include "core/base/utf8.h"

size_t cell_cp(const char *s, size_t len, size_t off, uint32_t *cp)
{
	if (off >= len) {
		*cp = 0;
		return 0;
	}
	size_t n = utf8_decode(s + off, len - off, cp);
	if (n == 0) {
		*cp = 0xfffd;
		n = 1;
	}
	return n;
}

/* A character that goes in the cell of the one before it. */
static bool cell_joins(uint32_t cp)
{
	return !utf8_is_control(cp) && utf8_cp_width(cp) == 0;
}

size_t cell_next(const char *s, size_t len, size_t off)
{
	uint32_t cp;
	if (off >= len)
		return len;
	off += cell_cp(s, len, off, &cp);
	if (utf8_is_control(cp))
		return off;
	while (off < len) {
		size_t n = cell_cp(s, len, off, &cp);
		if (!cell_joins(cp))
			break;
		off += n;
	}
	return off;
}

size_t cell_width(const char *s, size_t len, size_t off)
{
	uint32_t cp;
	if (!cell_cp(s, len, off, &cp))
		return 0;
	int w = utf8_cp_width(cp);
	return w > 0 ? (size_t)w : 1;
}

size_t cell_span_width(const char *s, size_t from, size_t to)
{
	size_t w = 0;
	for (size_t p = from; p < to; p = cell_next(s, to, p))
		w += cell_width(s, to, p);
	return w;
}
