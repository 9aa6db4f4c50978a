#ifndef RUCKSACK_JSON_OUT_H
#define RUCKSACK_JSON_OUT_H
/*
 * JSON printed for the user (list, lint, sessions, stats, export): cJSON
 * escapes C0 controls in strings but lets DEL and the C1 controls (U+0080 to
 * U+009F, which terminals obey as escape sequences) through raw, and copies
 * bytes that are not UTF-8.  json_out_print escapes those too, so no value
 * (a file's name, say) can move the terminal the JSON is printed on, and
 * the invisible and direction characters of utf8_spoof.h, so none can make
 * it read otherwise than it is.
 */
#include <stdbool.h>

#include <cJSON.h>

/* item printed (formatted or on one line) with DEL, C1 and the characters
 * utf8_spoof_name knows as \u escapes and
 * each byte that is not UTF-8 as \ufffd; free with free(). */
char *json_out_print(const cJSON *item, bool formatted);

#endif
