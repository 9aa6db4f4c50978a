#ifndef RUCKSACK_CMD_OUTPUT_H
#define RUCKSACK_CMD_OUTPUT_H
/* Where an export may write (-o FILE): never over a file of ours. */
#include <stdio.h>
#include <sys/types.h>

#include "core/base/diag.h"
#include "core/base/env.h"

/*
 * 0 when out (NULL or "-": standard output) may be written; -1 with an
 * error in d when it is a file of a round (journal's own or any in the
 * sessions and rescue folders: journal, draft, lock, pointer) or of the
 * practice store — known by device and inode, so links and other spellings
 * of the path are refused too.  journal (may be NULL) is the round exported.
 */
int cmd_output_check(env_fn env, const char *out, const char *journal, struct diags *d);

/* How an export writes: what cmd_output_write needs beside the file. */
struct cmd_output {
	env_fn env;
	FILE *std_out;	     /* written to for no file or "-" */
	const char *journal; /* the round exported, or NULL: see cmd_output_check */
	const char *what;    /* for messages: "cannot write the PDF: ..." */
	mode_t mode;	     /* of a file made or replaced */
	int (*fn)(FILE *f, void *data);
	void *data;
};

/*
 * Writes o->fn's output to o->std_out (out NULL or "-"; flushed) or, when
 * cmd_output_check lets it, to the file out (atomic_write_output_mode, so
 * a link's file is replaced and a device written into).  0, or -1 with the
 * problem in d.
 */
int cmd_output_write(const struct cmd_output *o, const char *out, struct diags *d);

#endif
