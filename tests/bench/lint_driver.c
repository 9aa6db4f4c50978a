/*
 * Used by bench_lint.sh only while `rucksack lint` does not exist: loads each
 * file named with load_file, one at a time, and prints its diagnostics.
 */
#include <stdio.h>

#include "core/load.h"

int main(int argc, char **argv)
{
	int bad = 0;
	for (int i = 1; i < argc; i++) {
		struct diags d = {0};
		struct doc *doc = NULL;
		if (load_file(argv[i], &doc, &d) != 0)
			bad = 1;
		for (size_t k = 0; k < d.n; k++)
			diag_print_text(stdout, &d.v[k]);
		doc_free(doc);
		diags_free(&d);
	}
	return bad;
}
