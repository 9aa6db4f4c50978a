/*
 * Printing JSON that is safe on a terminal (json_out.h).  Outside strings,
 * printed JSON is ASCII without DEL, so every character replaced here is
 * inside a string, where its \u escape means the very same character.
 */
#include "core/base/json_out.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/base/utf8.h"
#include "core/base/utf8_spoof.h"
#include "core/base/xalloc.h"

/* Appends the escape for cp at o; returns the bytes written (6). */
static size_t json_out_escape(char *o, uint32_t cp)
{
	char buf[8];
	snprintf(buf, sizeof buf, "\\u%04x", (unsigned)cp);
	memcpy(o, buf, 6);
	return 6;
}

char *json_out_print(const cJSON *item, bool formatted)
{
	char *raw = xcheck(formatted ? cJSON_Print(item) : cJSON_PrintUnformatted(item));
	size_t len = strlen(raw);
	char *out = xmalloc(6 * len + 1), *o = out; /* no byte grows beyond 6 */
	for (size_t i = 0; i < len;) {
		unsigned char c = (unsigned char)raw[i];
		uint32_t cp = c;
		size_t n = c < 0x80 ? 1 : utf8_decode(raw + i, len - i, &cp);
		if (n == 0)
			o += json_out_escape(o, 0xFFFD), n = 1;
		else if (cp == 0x7F || (cp >= 0x80 && cp < 0xA0) || utf8_spoof_name(cp))
			o += json_out_escape(o, cp);
		else
			memcpy(o, raw + i, n), o += n;
		i += n;
	}
	*o = '\0';
	cJSON_free(raw);
	return out;
}
