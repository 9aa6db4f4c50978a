/*
 * Opening files safely (fileio.h), and keeping our folders private
 * (paths.h): planted links, pipes, folders and files of another user are
 * refused with words that say what they are, never waited on, never written
 * through; folders of ours found open to others are closed.
 */
#include <check.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/base/atomicfile.h"
#include "core/base/fileio.h"
#include "core/base/journal.h"
#include "core/base/lockfile.h"
#include "core/base/paths.h"
#include "core/base/xalloc.h"

/* A uid no one on a test machine has: files chowned to it are "another user's". */
#define FT_OTHER_UID 54321

static char tmpdir[64];

static void ft_setup(void)
{
	strcpy(tmpdir, "/tmp/ck-fileio-XXXXXX");
	ck_assert_ptr_nonnull(mkdtemp(tmpdir));
}

static void ft_teardown(void)
{
	char *cmd = xasprintf("rm -rf '%s'", tmpdir);
	ck_assert_int_eq(system(cmd), 0);
	free(cmd);
}

static char *ft_path(const char *leaf)
{
	return xasprintf("%s/%s", tmpdir, leaf);
}

static void ft_write(const char *path, const char *text)
{
	FILE *f = fopen(path, "w");
	ck_assert_ptr_nonnull(f);
	fputs(text, f);
	fclose(f);
}

/* The text of path ("" when absent), at most 255 bytes. */
static const char *ft_read(const char *path)
{
	static char buf[256];
	buf[0] = '\0';
	FILE *f = fopen(path, "r");
	if (f) {
		buf[fread(buf, 1, sizeof buf - 1, f)] = '\0';
		fclose(f);
	}
	return buf;
}

static mode_t ft_mode(const char *path)
{
	struct stat st;
	ck_assert_int_eq(stat(path, &st), 0);
	return st.st_mode & 07777;
}

/* Opening path for use fails with errno want, at once (the suite's timeout
 * catches a wait on a pipe). */
static void ft_refused(const char *path, enum fileio_use use, int want)
{
	errno = 0;
	int fd = fileio_open(path, use);
	if (fd >= 0)
		close(fd);
	ck_assert_msg(fd < 0 && errno == want, "use %d of %s: fd %d, errno %d (%s), want %d",
		      (int)use, path, fd, errno, strerror(errno), want);
}

/* A pipe where a file of ours is expected is refused, never waited on, for
 * every use but an output the user named. */
START_TEST(test_fifo_refused)
{
	char *p = ft_path("pipe");
	ck_assert_int_eq(mkfifo(p, 0600), 0);
	ft_refused(p, FILEIO_READ, ENXIO);
	ft_refused(p, FILEIO_APPEND, ENXIO);
	ft_refused(p, FILEIO_CREATE, EEXIST);
	ft_refused(p, FILEIO_LOCK, ENXIO);
	ft_refused(p, FILEIO_LOCK_PEEK, ENXIO);
	/* a deck named on the command line may be a pipe: opened, not waited on */
	int fd = fileio_open(p, FILEIO_INPUT);
	ck_assert_int_ge(fd, 0);
	ck_assert_int_eq(fcntl(fd, F_GETFL) & O_NONBLOCK, 0); /* cleared again */
	close(fd);
	free(p);
}
END_TEST

/* A settings file: followed through a link, refused when others may write
 * it (it names the folders decks are read from) or it is a pipe. */
START_TEST(test_settings_file)
{
	char *p = ft_path("settings"), *l = ft_path("settings-link"), *q = ft_path("fifo");
	FILE *f = fopen(p, "w");
	ck_assert_ptr_nonnull(f);
	fclose(f);
	ck_assert_int_eq(chmod(p, 0644), 0);
	int fd = fileio_open(p, FILEIO_SETTINGS);
	ck_assert_int_ge(fd, 0);
	close(fd);
	ck_assert_int_eq(symlink(p, l), 0);
	fd = fileio_open(l, FILEIO_SETTINGS);
	ck_assert_int_ge(fd, 0);
	close(fd);
	ck_assert_int_eq(chmod(p, 0664), 0);
	ft_refused(p, FILEIO_SETTINGS, EPERM);
	ck_assert_int_eq(chmod(p, 0602), 0);
	ft_refused(l, FILEIO_SETTINGS, EPERM);
	ck_assert_int_eq(mkfifo(q, 0600), 0);
	ft_refused(q, FILEIO_SETTINGS, ENXIO);
	free(p);
	free(l);
	free(q);
}
END_TEST

/* A folder is said to be one (not "the disk failed"). */
START_TEST(test_folder_refused)
{
	char *p = ft_path("dir.jsonl");
	ck_assert_int_eq(mkdir(p, 0700), 0);
	ft_refused(p, FILEIO_READ, EISDIR);
	ft_refused(p, FILEIO_INPUT, EISDIR);
	ck_assert_str_eq(fileio_why(EISDIR), "it is a folder, not a file");
	struct strv lines = {0};
	bool torn;
	struct diags d = {0};
	ck_assert_int_eq(journal_read(p, &lines, &torn, &d), -1);
	ck_assert_str_eq(d.v[0].file, p);
	ck_assert_str_eq(d.v[0].message, "cannot read the journal: it is a folder, not a file");
	diags_free(&d);
	free(p);
}
END_TEST

/* A journal that is a pipe: reading it says so at once, naming it;
 * appending to it is refused the same way. */
START_TEST(test_journal_fifo)
{
	char *p = ft_path("r.jsonl");
	ck_assert_int_eq(mkfifo(p, 0600), 0);
	struct strv lines = {0};
	bool torn;
	struct diags d = {0};
	ck_assert_int_eq(journal_read(p, &lines, &torn, &d), -1);
	ck_assert_str_eq(d.v[0].file, p);
	ck_assert_str_eq(d.v[0].message, "cannot read the journal: it is a pipe or device, not a file");
	diags_free(&d);
	struct journal *j = NULL;
	ck_assert_int_eq(journal_open(&j, p, &d), -1);
	ck_assert_ptr_null(j);
	ck_assert_int_eq(d.v[0].errnum, ENXIO);
	diags_free(&d);
	free(p);
}
END_TEST

/* A link at a lock file's place is never followed: the file it leads to
 * (someone's notes) keeps its text, and the lock is refused, not taken. */
START_TEST(test_lock_link_refused)
{
	char *victim = ft_path("notes.md"), *p = ft_path("r.lock"), *dangling = ft_path("d.lock");
	ft_write(victim, "precious\n");
	ck_assert_int_eq(symlink(victim, p), 0);
	struct lockfile *l = NULL;
	ck_assert_int_eq(lockfile_take(p, &l, NULL), LOCKFILE_UNSAFE);
	ck_assert_int_eq(errno, ELOOP);
	ck_assert_ptr_null(l);
	ck_assert(!lockfile_busy(p, NULL));
	ck_assert_str_eq(ft_read(victim), "precious\n");
	/* nor does a link to nothing make a file where it leads */
	char *made = ft_path("made");
	ck_assert_int_eq(symlink(made, dangling), 0);
	ck_assert_int_eq(lockfile_take(dangling, &l, NULL), LOCKFILE_UNSAFE);
	ck_assert_int_eq(access(made, F_OK), -1);
	free(victim), free(p), free(dangling), free(made);
}
END_TEST

/* A pipe at a lock file's place is refused at once, and never busy. */
START_TEST(test_lock_fifo_refused)
{
	char *p = ft_path("r.lock");
	ck_assert_int_eq(mkfifo(p, 0600), 0);
	struct lockfile *l = NULL;
	ck_assert(!lockfile_busy(p, NULL));
	ck_assert_int_eq(lockfile_take(p, &l, NULL), LOCKFILE_UNSAFE);
	ck_assert_int_eq(errno, ENXIO);
	free(p);
}
END_TEST

/* Files of another user: a lock someone else made is not ours to truncate,
 * nor a journal ours to append our notes to.  Needs root (chown). */
START_TEST(test_other_users_files)
{
	if (geteuid() != 0) {
		fprintf(stderr, "fileio: test_other_users_files skipped: needs root to chown\n");
		return;
	}
	char *lock = ft_path("r.lock"), *journal = ft_path("r.jsonl");
	ft_write(lock, "4242\n");
	ft_write(journal, "{\"t\":\"start\"}\n");
	ck_assert_int_eq(chown(lock, FT_OTHER_UID, FT_OTHER_UID), 0);
	ck_assert_int_eq(chown(journal, FT_OTHER_UID, FT_OTHER_UID), 0);
	struct lockfile *l = NULL;
	ck_assert_int_eq(lockfile_take(lock, &l, NULL), LOCKFILE_UNSAFE);
	ck_assert_int_eq(errno, EPERM);
	ck_assert_str_eq(ft_read(lock), "4242\n");
	struct journal *j = NULL;
	struct diags d = {0};
	ck_assert_int_eq(journal_open(&j, journal, &d), -1);
	ck_assert_int_eq(d.v[0].errnum, EPERM);
	diags_free(&d);
	/* reading another's journal (a round handed over) is fine */
	struct strv lines = {0};
	bool torn;
	ck_assert_int_eq(journal_read(journal, &lines, &torn, &d), 0);
	ck_assert_uint_eq(lines.n, 1);
	strv_free(&lines);
	free(lock), free(journal);
}
END_TEST

static int ft_fsync_calls;

static int ft_fsync_fails(int fd)
{
	(void)fd;
	ft_fsync_calls++;
	errno = EIO;
	return -1;
}

static int ft_fn_hello(FILE *f, void *data)
{
	(void)data;
	return fputs("hello\n", f) == EOF ? -1 : 0;
}

/* The fsync hook, set by its old name, reaches every sync through fileio:
 * the journal's, the atomic write's and the folder's. */
START_TEST(test_fsync_hook)
{
	char *p = ft_path("a.md");
	journal_set_fsync_hook(ft_fsync_fails);
	ft_fsync_calls = 0;
	struct diags d = {0};
	ck_assert_int_eq(atomic_write(p, "the file", ft_fn_hello, NULL, &d), -1);
	ck_assert_int_eq(ft_fsync_calls, 1);
	ck_assert_int_eq(fileio_sync_dir(p), -1);
	ck_assert_int_eq(ft_fsync_calls, 2);
	journal_set_fsync_hook(NULL);
	ck_assert_int_eq(access(p, F_OK), -1);
	ck_assert_str_eq(d.v[0].message, "cannot write the file: the disk failed (input/output error)");
	diags_free(&d);
	ck_assert_int_eq(atomic_write(p, "the file", ft_fn_hello, NULL, &d), 0);
	ck_assert_str_eq(ft_read(p), "hello\n");
	free(p);
}
END_TEST

/* A file that must not replace another: whatever is at its name (a file,
 * a dangling link) stays as it was, EEXIST is said, no temporary is left. */
START_TEST(test_atomic_write_new_never_replaces)
{
	char *p = ft_path("new.json"), *link_at = ft_path("dangling.json");
	struct diags d = {0};
	ck_assert_int_eq(atomic_write_new(p, "the file", ft_fn_hello, NULL, &d), 0);
	ck_assert_str_eq(ft_read(p), "hello\n");
	ck_assert_int_eq(ft_mode(p), 0600);
	ft_write(p, "mine\n");
	ck_assert_int_eq(atomic_write_new(p, "the file", ft_fn_hello, NULL, &d), -1);
	ck_assert_int_eq(d.v[0].errnum, EEXIST);
	ck_assert_str_eq(ft_read(p), "mine\n");
	ck_assert_int_eq(symlink("nowhere", link_at), 0);
	ck_assert_int_eq(atomic_write_new(link_at, "the file", ft_fn_hello, NULL, &d), -1);
	ck_assert_int_eq(d.v[1].errnum, EEXIST);
	char target[16] = {0};
	ck_assert_int_eq(readlink(link_at, target, sizeof target - 1), 7);
	char *ls = xasprintf("ls -A '%s' | wc -l | grep -qx 2", tmpdir);
	ck_assert_int_eq(system(ls), 0); /* new.json and the link: no temporary */
	free(ls);
	diags_free(&d);
	free(p);
	free(link_at);
}
END_TEST

/* A printed deck is made 0644, for anyone to read; atomic_write stays 0600,
 * and a link to a file keeps the link and replaces the file with the mode. */
START_TEST(test_atomic_write_mode)
{
	char *pub = ft_path("deck.pdf"), *priv = ft_path("round.md");
	char *link = ft_path("link.pdf"), *target = ft_path("target.pdf");
	struct diags d = {0};
	ck_assert_int_eq(atomic_write_output_mode(pub, "the deck", 0644, ft_fn_hello, NULL, &d), 0);
	ck_assert_int_eq(ft_mode(pub), 0644);
	ck_assert_int_eq(atomic_write_output(priv, "the round", ft_fn_hello, NULL, &d), 0);
	ck_assert_int_eq(ft_mode(priv), 0600);
	ft_write(target, "old\n");
	ck_assert_int_eq(symlink(target, link), 0);
	ck_assert_int_eq(atomic_write_output_mode(link, "the deck", 0644, ft_fn_hello, NULL, &d), 0);
	ck_assert_str_eq(ft_read(target), "hello\n");
	ck_assert_int_eq(ft_mode(target), 0644);
	ck_assert_uint_eq(d.n, 0);
	free(pub), free(priv), free(link), free(target);
}
END_TEST

/* Our folders found open to others (made under umask 000 by an older
 * version) are closed when used; the folder above them is left alone. */
START_TEST(test_private_dir_tightened)
{
	char *home = ft_path("share"), *base = ft_path("share/rucksack");
	char *leaf = ft_path("share/rucksack/sessions");
	ck_assert_int_eq(mkdir(home, 0755), 0);
	ck_assert_int_eq(mkdir(base, 0700), 0);
	ck_assert_int_eq(mkdir(leaf, 0700), 0);
	ck_assert_int_eq(chmod(base, 0777), 0);
	ck_assert_int_eq(chmod(leaf, 02770), 0);
	setenv("XDG_DATA_HOME", home, 1);
	struct diags d = {0};
	char *dir = paths_private_dir(NULL, "sessions", 0, &d);
	ck_assert_ptr_nonnull(dir);
	ck_assert_str_eq(dir, leaf);
	ck_assert_uint_eq(d.n, 0);
	ck_assert_int_eq(ft_mode(base), 0700);
	ck_assert_int_eq(ft_mode(leaf), 0700);
	ck_assert_int_eq(ft_mode(home), 0755);
	free(dir);
	/* when it is to be made, the same */
	ck_assert_int_eq(chmod(base, 0755), 0);
	dir = paths_private_dir(NULL, "practice", 1, &d);
	ck_assert_ptr_nonnull(dir);
	ck_assert_int_eq(ft_mode(base), 0700);
	ck_assert_int_eq(ft_mode(dir), 0700);
	unsetenv("XDG_DATA_HOME");
	free(dir), free(home), free(base), free(leaf);
}
END_TEST

/* A file where our folder should be is no refusal here: the round still
 * runs in memory, and the mkdir or open that fails says what is wrong. */
START_TEST(test_private_dir_file_in_the_way)
{
	char *home = ft_path("share"), *base = ft_path("share/rucksack");
	char *leaf = ft_path("share/rucksack/sessions");
	ck_assert_int_eq(mkdir(home, 0755), 0);
	ck_assert_int_eq(mkdir(base, 0700), 0);
	ft_write(leaf, "");
	setenv("XDG_DATA_HOME", home, 1);
	struct diags d = {0};
	char *dir = paths_private_dir(NULL, "sessions", 0, &d);
	unsetenv("XDG_DATA_HOME");
	ck_assert_ptr_nonnull(dir);
	ck_assert_str_eq(dir, leaf);
	ck_assert_uint_eq(d.n, 0);
	free(dir), free(home), free(base), free(leaf);
}
END_TEST

/* A folder of ours that belongs to another user is refused, saying so, and
 * left as it is.  Needs root (chown). */
START_TEST(test_private_dir_other_user)
{
	if (geteuid() != 0) {
		fprintf(stderr, "fileio: test_private_dir_other_user skipped: needs root to chown\n");
		return;
	}
	char *home = ft_path("share"), *base = ft_path("share/rucksack");
	char *leaf = ft_path("share/rucksack/sessions");
	ck_assert_int_eq(mkdir(home, 0755), 0);
	ck_assert_int_eq(mkdir(base, 0700), 0);
	ck_assert_int_eq(mkdir(leaf, 0777), 0);
	ck_assert_int_eq(chmod(leaf, 0777), 0);
	ck_assert_int_eq(chown(leaf, FT_OTHER_UID, FT_OTHER_UID), 0);
	setenv("XDG_DATA_HOME", home, 1);
	struct diags d = {0};
	ck_assert_ptr_null(paths_private_dir(NULL, "sessions", 1, &d));
	unsetenv("XDG_DATA_HOME");
	ck_assert_uint_eq(d.n, 1);
	ck_assert_str_eq(d.v[0].file, leaf);
	ck_assert_ptr_nonnull(strstr(d.v[0].message, "belongs to another user"));
	ck_assert_int_eq(d.v[0].errnum, EPERM);
	ck_assert_int_eq(ft_mode(leaf), 0777);
	diags_free(&d);
	free(home), free(base), free(leaf);
}
END_TEST

Suite *fileio_suite(void);
Suite *fileio_suite(void)
{
	Suite *s = suite_create("fileio");
	TCase *tc = tcase_create("core");
	tcase_add_checked_fixture(tc, ft_setup, ft_teardown);
	tcase_add_test(tc, test_fifo_refused);
	tcase_add_test(tc, test_settings_file);
	tcase_add_test(tc, test_folder_refused);
	tcase_add_test(tc, test_journal_fifo);
	tcase_add_test(tc, test_lock_link_refused);
	tcase_add_test(tc, test_lock_fifo_refused);
	tcase_add_test(tc, test_other_users_files);
	tcase_add_test(tc, test_fsync_hook);
	tcase_add_test(tc, test_atomic_write_new_never_replaces);
	tcase_add_test(tc, test_atomic_write_mode);
	tcase_add_test(tc, test_private_dir_tightened);
	tcase_add_test(tc, test_private_dir_file_in_the_way);
	tcase_add_test(tc, test_private_dir_other_user);
	suite_add_tcase(s, tc);
	return s;
}
