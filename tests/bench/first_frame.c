/*
 * Times one run of the program, for bench_rounds.sh:
 *   first_frame frame MARKER BIN ARGS...  the full-screen program in a
 *       pseudo-terminal of 80x24: the wall time from the fork until its
 *       first frame is drawn (the last byte of the output that holds MARKER,
 *       once 50 ms pass with nothing more; up to two minutes between bytes
 *       before it, for valgrind), and the CPU time it used by then (it is
 *       then ended with SIGTERM);
 *   first_frame keys MARKER KEYS THEN BIN ARGS...  the same, then KEYS typed
 *       once that frame is drawn: the wall time from typing them until the
 *       frame that holds THEN is drawn, and the CPU time used meanwhile;
 *   first_frame run BIN ARGS...  a command with its output thrown away: its
 *       wall time and CPU time.
 * Prints "WALL_MS CPU_MS"; exit status 1 when it could not measure.
 */
#define _DEFAULT_SOURCE
#include <fcntl.h>
#include <poll.h>
#include <pty.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static double now_ms(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec * 1e3 + (double)t.tv_nsec / 1e6;
}

/* CPU time of pid so far (ms), from /proc/PID/schedstat (-1: not readable). */
static double cpu_ms(pid_t pid)
{
	char path[64];
	unsigned long long ns;
	snprintf(path, sizeof path, "/proc/%d/schedstat", (int)pid);
	FILE *f = fopen(path, "r");
	int ok = f && fscanf(f, "%llu", &ns) == 1;
	if (f)
		fclose(f);
	return ok ? (double)ns / 1e6 : -1;
}

/* Reads fd until marker has come and then 50 ms pass with nothing more
 * (the frame is drawn); *last: when its last byte came, *cpu: the CPU time
 * pid had used by then.  0, or 1 when the marker never came. */
static int wait_frame(int fd, pid_t pid, const char *marker, double *last, double *cpu)
{
	static char seen[1 << 20];
	size_t n = 0;
	int found = 0;
	for (;;) {
		struct pollfd p = {.fd = fd, .events = POLLIN};
		int r = poll(&p, 1, found ? 50 : 120000); /* valgrind is slow to start */
		if (r <= 0)
			break; /* quiet after the marker: the frame is drawn (or it timed out) */
		ssize_t got = read(fd, seen + n, sizeof seen - 1 - n);
		if (got <= 0)
			break;
		n += (size_t)got;
		seen[n] = '\0';
		*last = now_ms();
		if (!found && strstr(seen, marker))
			found = 1;
		if (found)
			*cpu = cpu_ms(pid);
		if (n > sizeof seen - 4096)
			n = 0;
	}
	return !found;
}

/* The program in a pseudo-terminal: the time to its first frame (keys
 * NULL), or from keys typed on that frame to the frame holding then. */
static int frame(const char *marker, const char *keys, const char *then, char **argv)
{
	struct winsize ws = {.ws_row = 24, .ws_col = 80};
	int fd;
	double t0 = now_ms();
	pid_t pid = forkpty(&fd, NULL, NULL, &ws);
	if (pid < 0)
		return 1;
	if (pid == 0) {
		execvp(argv[0], argv);
		_exit(127);
	}
	double last = 0, cpu = -1, cpu0 = 0;
	int bad = wait_frame(fd, pid, marker, &last, &cpu);
	if (!bad && keys) {
		t0 = now_ms();
		cpu0 = cpu_ms(pid);
		bad = write(fd, keys, strlen(keys)) != (ssize_t)strlen(keys) ||
		      wait_frame(fd, pid, then, &last, &cpu);
	}
	kill(pid, SIGTERM);
	waitpid(pid, NULL, 0);
	close(fd);
	if (bad)
		return 1;
	printf("%.1f %.1f\n", last - t0, cpu - cpu0);
	return 0;
}

static int run(char **argv)
{
	double t0 = now_ms();
	pid_t pid = fork();
	if (pid < 0)
		return 1;
	if (pid == 0) {
		int null = open("/dev/null", O_WRONLY);
		dup2(null, 1);
		dup2(null, 2);
		execvp(argv[0], argv);
		_exit(127);
	}
	int st;
	struct rusage ru;
	if (wait4(pid, &st, 0, &ru) < 0 || !WIFEXITED(st) || WEXITSTATUS(st) != 0)
		return 1;
	double cpu = (double)(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) * 1e3 +
		     (double)(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e3;
	printf("%.1f %.1f\n", now_ms() - t0, cpu);
	return 0;
}

int main(int argc, char **argv)
{
	if (argc > 3 && !strcmp(argv[1], "frame"))
		return frame(argv[2], NULL, NULL, argv + 3);
	if (argc > 5 && !strcmp(argv[1], "keys"))
		return frame(argv[2], argv[3], argv[4], argv + 5);
	if (argc > 2 && !strcmp(argv[1], "run"))
		return run(argv + 2);
	fputs("usage: first_frame frame MARKER BIN ARGS... | keys MARKER KEYS THEN BIN ARGS... | "
	      "run BIN ARGS...\n", stderr);
	return 2;
}
