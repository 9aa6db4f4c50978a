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
#include <time.h>
#include <unistd.h>

#include "core/base/paths.h"
#include "core/base/utf8.h"
#include "core/base/xalloc.h"

/* How long an editor told to end (the program must go) has before it is killed. */
#define EXT_GRACE_MS 3000

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

/* Waits for the editor to end: 0 (*status set), or -1 (errno set).  When
 * stop says the program must end first, the editor is told to end too
 * (SIGTERM, SIGKILL after EXT_GRACE_MS): EXTEDIT_STOPPED.  stop is asked
 * before each wait too: a signal that came while the editor was being
 * started interrupted no wait, and must not wait for the editor's end. */
static int ext_wait(pid_t pid, int *status, bool (*stop)(void))
{
	while (!(stop && stop())) {
		pid_t r = waitpid(pid, status, 0);
		if (r == pid)
			return 0;
		if (r < 0 && errno != EINTR)
			return -1;
	}
	kill(pid, SIGTERM);
	for (int ms = 0; ms < EXT_GRACE_MS; ms += 50) {
		if (waitpid(pid, status, WNOHANG) == pid)
			return EXTEDIT_STOPPED;
		struct timespec nap = {0, 50 * 1000 * 1000};
		nanosleep(&nap, NULL);
	}
	kill(pid, SIGKILL);
	waitpid(pid, status, 0);
	return EXTEDIT_STOPPED;
}

/* Why the editor's exit status is a failure, in *err; -1 (0 when it is none). */
static int ext_status(const char *editor, int status, char **err)
{
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

/* Runs `editor "$@"` on path through the shell; -1 with *err unless it
 * exits 0; EXTEDIT_STOPPED when stop ended it. */
static int ext_spawn(const char *editor, const char *path, bool (*stop)(void), char **err)
{
	char *cmd = xasprintf("%s \"$@\"", editor);
	/* Until the child has put the default actions back, a signal must not
	 * run our handlers in it (a copy of the program, not the editor). */
	sigset_t all, was;
	sigfillset(&all);
	sigprocmask(SIG_BLOCK, &all, &was);
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
	sigprocmask(SIG_SETMASK, &was, NULL);
	free(cmd);
	int status, w = pid < 0 ? -1 : ext_wait(pid, &status, stop);
	if (w < 0) {
		*err = xasprintf("Could not run the editor (%s): %s.", editor, strerror(errno));
		return -1;
	}
	return w == EXTEDIT_STOPPED ? w : ext_status(editor, status, err);
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

char *extedit_dir(env_fn env)
{
	struct diags quiet = {0};
	char *dir = paths_private_dir(env, "editor", 1, &quiet);
	diags_free(&quiet);
	return dir;
}

/* A fresh folder of ours for one hand-over: <pid>-XXXXXX in the hand-over
 * folder (else in $TMPDIR); NULL with *err. */
static char *ext_folder(env_fn env, char **err)
{
	char *base = extedit_dir(env);
	const char *tmp = ext_env(env, "TMPDIR");
	char *dir = xasprintf("%s/%ld-XXXXXX", base ? base : tmp ? tmp : "/tmp", (long)getpid());
	if (!mkdtemp(dir)) {
		*err = xasprintf("Could not make a folder for the editor in %s: %s.",
				 base ? base : tmp ? tmp : "/tmp", strerror(errno));
		free(dir);
		dir = NULL;
	}
	free(base);
	return dir;
}

/* Notes in the folder what the text belongs to, for extedit_stale. */
static void ext_owner(const char *dir, const char *owner)
{
	if (!owner)
		return;
	char *path = xasprintf("%s/owner", dir), *err = NULL;
	if (ext_write(path, owner, &err) != 0)
		free(err); /* without it a stale text is still offered, by its file */
	free(path);
}

int extedit_run(const char *text, const struct extedit_opts *o, char **out, char **err)
{
	const char *editor = ext_env(o->env, "VISUAL");
	editor = editor ? editor : ext_env(o->env, "EDITOR");
	editor = editor ? editor : "vi";
	char *dir = ext_folder(o->env, err);
	if (!dir)
		return -1;
	ext_owner(dir, o->owner);
	char *path = xasprintf("%s/text.txt", dir);
	char *got = NULL;
	int rc = ext_write(path, text, err);
	if (rc == 0)
		rc = ext_spawn(editor, path, o->stop, err);
	if (rc >= 0) {
		got = ext_read(path, err);
		if (!got && rc == EXTEDIT_STOPPED) { /* nothing better was saved: what was there */
			free(*err);
			*err = NULL;
			got = xstrdup(text);
		}
	}
	ext_cleanup(dir);
	free(path);
	free(dir);
	if (!got)
		return -1;
	*out = got;
	return rc;
}

/* The program that made the hand-over folder name (<pid>-XXXXXX) is gone. */
static bool ext_is_stale(const char *name)
{
	char *end = NULL;
	long pid = strtol(name, &end, 10);
	if (pid <= 0 || !end || *end != '-' || strlen(end) != 7)
		return false;
	return pid != (long)getpid() && kill((pid_t)pid, 0) != 0 && errno == ESRCH;
}

/* Fills st from the stale folder dir: false (and the folder removed) when
 * it holds no text to offer. */
static bool ext_stale_one(char *dir, struct extedit_stale *st)
{
	char *path = xasprintf("%s/text.txt", dir), *own = xasprintf("%s/owner", dir), *err = NULL;
	*st = (struct extedit_stale){.dir = dir, .text = ext_read(path, &err)};
	free(err);
	err = NULL;
	if (st->text && access(own, F_OK) == 0)
		st->owner = ext_read(own, &err);
	free(err);
	free(path);
	free(own);
	if (st->text)
		return true;
	ext_cleanup(dir);
	free(dir);
	return false;
}

size_t extedit_stale(const char *dir, struct extedit_stale **out)
{
	*out = NULL;
	size_t n = 0, cap = 0;
	DIR *dh = dir ? opendir(dir) : NULL;
	for (struct dirent *e; dh && (e = readdir(dh)) != NULL;) {
		if (!ext_is_stale(e->d_name))
			continue;
		xgrow((void **)out, &cap, n + 1, sizeof **out);
		n += ext_stale_one(xasprintf("%s/%s", dir, e->d_name), &(*out)[n]);
	}
	if (dh)
		closedir(dh);
	return n;
}

void extedit_forget(const struct extedit_stale *st)
{
	ext_cleanup(st->dir);
}

void extedit_stale_free(struct extedit_stale *v, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(v[i].dir);
		free(v[i].text);
		free(v[i].owner);
	}
	free(v);
}
