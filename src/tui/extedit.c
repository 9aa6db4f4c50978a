#include "extedit.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "core/base/utf8.h"
#include "core/base/xalloc.h"

static const char *ext_env(env_fn env, const char *name)
{
	const char *v = env ? env(name) : getenv(name);
	return v && *v ? v : NULL;
}

static bool ext_write_all(int fd, const char *buf, size_t len)
{
	while (len) {
		ssize_t w = write(fd, buf, len);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			return false;
		buf += w;
		len -= (size_t)w;
	}
	return true;
}

/* The text and a final newline (as editors expect), in a new file only the user can read. */
static int ext_write(const char *path, const char *text, char **err)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0600);
	if (fd < 0) {
		*err = xasprintf("Could not make a file for the editor: %s.", strerror(errno));
		return -1;
	}
	size_t len = strlen(text);
	bool ok = ext_write_all(fd, text, len) && (!len || ext_write_all(fd, "\n", 1));
	if (close(fd) < 0 || !ok) {
		*err = xasprintf("Could not write the file for the editor: %s.", strerror(errno));
		return -1;
	}
	return 0;
}

/* Removes the folder and whatever the editor left in it (backups, swap files). */
static void ext_cleanup(const char *dir)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	while (d && (e = readdir(d)) != NULL) {
		if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
			continue;
		char *p = xasprintf("%s/%s", dir, e->d_name);
		unlink(p);
		free(p);
	}
	if (d)
		closedir(d);
	rmdir(dir);
}

/* Runs `editor "$@"` on path through the shell; -1 with *err unless it exits 0. */
static int ext_spawn(const char *editor, const char *path, char **err)
{
	char *cmd = xasprintf("%s \"$@\"", editor);
	pid_t pid = fork();
	if (pid == 0) {
		static const int sigs[] = {SIGINT, SIGQUIT, SIGTERM, SIGHUP, SIGWINCH, SIGPIPE};
		sigset_t none;
		for (size_t i = 0; i < sizeof sigs / sizeof sigs[0]; i++)
			signal(sigs[i], SIG_DFL);
		sigemptyset(&none);
		sigprocmask(SIG_SETMASK, &none, NULL);
		execl("/bin/sh", "sh", "-c", cmd, "sh", path, (char *)NULL);
		_exit(127);
	}
	free(cmd);
	int status;
	if (pid < 0 || waitpid(pid, &status, 0) < 0) {
		*err = xasprintf("Could not run the editor (%s): %s.", editor, strerror(errno));
		return -1;
	}
	if (WIFEXITED(status) && WEXITSTATUS(status) == 0)
		return 0;
	if (WIFEXITED(status) && WEXITSTATUS(status) == 127)
		*err = xasprintf("Could not run the editor (%s); set $VISUAL or $EDITOR.", editor);
	else if (WIFEXITED(status))
		*err = xasprintf("The editor (%s) ended with status %d; the text is unchanged.",
				 editor, WEXITSTATUS(status));
	else
		*err = xasprintf("The editor (%s) was stopped by signal %d; the text is unchanged.",
				 editor, WTERMSIG(status));
	return -1;
}

/* The file's text, CR LF made LF and one final newline dropped; NULL with *err. */
static char *ext_read(const char *path, char **err)
{
	FILE *f = fopen(path, "rb");
	char *buf = xmalloc(EXTEDIT_MAX_BYTES + 1);
	size_t n = f ? fread(buf, 1, EXTEDIT_MAX_BYTES + 1, f) : 0;
	if (!f || ferror(f) || n > EXTEDIT_MAX_BYTES || !utf8_valid(buf, n)) {
		*err = !f || ferror(f) ? xasprintf("Could not read the editor's file back.")
		       : n > EXTEDIT_MAX_BYTES ? xasprintf("The text is too long (over 1 MiB); it is unchanged.")
					       : xasprintf("The file is not UTF-8; the text is unchanged.");
		if (f)
			fclose(f);
		free(buf);
		return NULL;
	}
	fclose(f);
	size_t o = 0;
	for (size_t i = 0; i < n; i++)
		if (!(buf[i] == '\r' && i + 1 < n && buf[i + 1] == '\n'))
			buf[o++] = buf[i];
	if (o && buf[o - 1] == '\n')
		o--; /* the final newline ext_write added, or the editor did */
	buf[o] = '\0';
	return buf;
}

int extedit_run(const char *text, env_fn env, char **out, char **err)
{
	const char *editor = ext_env(env, "VISUAL");
	editor = editor ? editor : ext_env(env, "EDITOR");
	editor = editor ? editor : "vi";
	const char *tmp = ext_env(env, "TMPDIR");
	char *dir = xasprintf("%s/rucksack-XXXXXX", tmp ? tmp : "/tmp");
	if (!mkdtemp(dir)) {
		*err = xasprintf("Could not make a folder for the editor in %s: %s.", tmp ? tmp : "/tmp",
				 strerror(errno));
		free(dir);
		return -1;
	}
	char *path = xasprintf("%s/text.txt", dir);
	char *got = NULL;
	if (ext_write(path, text, err) == 0 && ext_spawn(editor, path, err) == 0)
		got = ext_read(path, err);
	ext_cleanup(dir);
	free(path);
	free(dir);
	if (!got)
		return -1;
	*out = got;
	return 0;
}
