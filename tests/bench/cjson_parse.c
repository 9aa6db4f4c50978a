/*
 * The baseline for bench_lint.sh: read each file whole and cJSON_Parse it,
 * nothing more.  Exit 1 if any file fails to parse.
 */
#include <stdio.h>
#include <stdlib.h>

#include <cJSON.h>

static char *slurp(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	char *buf;
	long n;

	if (!f || fseek(f, 0, SEEK_END) != 0 || (n = ftell(f)) < 0 || fseek(f, 0, SEEK_SET) != 0)
		return NULL;
	buf = malloc((size_t)n + 1);
	if (buf && fread(buf, 1, (size_t)n, f) != (size_t)n) {
		free(buf);
		buf = NULL;
	}
	fclose(f);
	if (buf)
		buf[n] = '\0', *len = (size_t)n;
	return buf;
}

int main(int argc, char **argv)
{
	int bad = 0;
	for (int i = 1; i < argc; i++) {
		size_t len = 0;
		char *buf = slurp(argv[i], &len);
		cJSON *root = buf ? cJSON_Parse(buf) : NULL;
		if (!root) {
			fprintf(stderr, "%s: not parsed\n", argv[i]);
			bad = 1;
		}
		cJSON_Delete(root);
		free(buf);
	}
	return bad;
}
