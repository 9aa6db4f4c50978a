#ifndef RUCKSACK_LOAD_H
#define RUCKSACK_LOAD_H
/*
 * Loading one deck or flow file, strictly, as rucksack-deck(5) describes.
 * The JSON is checked against RFC 8259 before cJSON builds the tree (cJSON
 * alone lets through leading zeros, raw control characters, invalid UTF-8 and
 * more), then the tree is checked against the format and copied into the
 * plain structs of model.h.  This is the only module that sees cJSON trees of
 * deck files.
 *
 * Every problem is added to diags with the file name given, a line and a
 * column in characters.  A file with any error is never half-loaded: *out is
 * set to NULL and the function returns -1.  On success it returns 0 and
 * *out owns a new doc (free with doc_free); warnings may have been added.
 */
#include <stdbool.h>
#include <stddef.h>

#include "core/base/diag.h"
#include "core/deck/model.h"

/* Limits of the format: past these a file is refused with a `limit` diagnostic. */
#define LOAD_MAX_FILE_BYTES (16u * 1024u * 1024u)
#define LOAD_MAX_DEPTH 32
#define LOAD_MAX_STRING_BYTES (64u * 1024u)
/*
 * Past these a round could not run (millions of cards dealt, a timer of
 * years), so a flow asking for more is refused with a `limit` diagnostic:
 * a role's or a deal's count and a flow's rounds at most 1000, a phase at
 * most a day long.
 */
#define LOAD_MAX_COUNT 1000u
#define LOAD_MAX_MINUTES 1440.0

/* Reads and loads path.  I/O problems are `io` diagnostics at line 0. */
int load_file(const char *path, struct doc **out, struct diags *d);
/* The same for a file found in a folder rather than named by the user: read
 * only when it is a regular file (reached through links); a pipe, device,
 * socket or folder with a .json name is refused at once, never waited on
 * ("cannot open: it is a pipe or device, not a file"). */
int load_found_file(const char *path, struct doc **out, struct diags *d);
/* load_file, or load_found_file when found; when the file fails after its
 * id was read, *claimed (NULL before) gets a copy of that id, so a flow
 * dealing from it can say the deck is there but broken. */
int load_file_claim(const char *path, bool found, struct doc **out, char **claimed,
		    struct diags *d);

/* Loads a document already in memory; name is used in diagnostics and as doc->path. */
int load_buffer(const char *name, const char *buf, size_t len, struct doc **out,
		struct diags *d);

#endif
