#!/bin/sh
# The docs and the help agree: for every command 'rucksack --help' lists,
# each long option its --help names is in its entry of rucksack(1) and the
# other way round (another command's option named there in passing, as in
# "run --flow ID", aside), and an option's placeholder (--seed S) is the same in
# --help, rucksack(1) and the README's table of commands (whose options must
# all be real ones).
. "$SRCDIR/tests/cli/lib.sh"
/usr/bin/python3 - "$RUCKSACK" "$SRCDIR/man/rucksack.1" "$SRCDIR/README.md" <<'PY' || fail "docs and help disagree"
import re, subprocess, sys
rs, man, readme = sys.argv[1:4]
def run(*args):
    return subprocess.run([rs, *args], capture_output=True, text=True).stdout
top = run("--help")
cmds = re.findall(r"^  ([a-z]+)  ", top.split("Commands:")[1].split("\n\n")[0], re.M)
assert len(cmds) >= 10, cmds

# rucksack(1): the COMMANDS section, one entry per ".TP / .B command ...".
lines = open(man, encoding="utf-8").read().split("\n")
sec = lines[lines.index(".SH COMMANDS") + 1:]
sec = sec[:next(i for i, l in enumerate(sec) if l.startswith(".SH "))]
def plain(s):
    s = re.sub(r"\\f[BIRP]", "", s).replace("\\-", "-")
    return re.sub(r"^\.[A-Z]{1,2} ?", "", s)
man_of, cur = {}, None
for i, l in enumerate(sec):
    if l == ".TP" and i + 1 < len(sec) and sec[i + 1].startswith(".B ") \
            and sec[i + 1].split()[1] in cmds:
        cur = sec[i + 1].split()[1]
        man_of.setdefault(cur, [])
    elif l.startswith(".SS"):
        cur = None
    elif cur:
        man_of[cur].append(plain(l))

# README: the rows of the commands table, "| `rucksack CMD ...` | ... |".
readme_of = {}
for m in re.finditer(r"^\| `rucksack ([a-z]+)([^`]*)` \|", open(readme, encoding="utf-8").read(), re.M):
    readme_of.setdefault(m.group(1), []).append(m.group(2).replace("\\|", "|"))

LONG = r"--[a-z][a-z-]*[a-z]"
META = r"(--[a-z][a-z-]*[a-z])(?:,? | \(or [^)]*\) )([A-Z][A-Z]*)\b"
bad = []
for c in cmds:
    h = run(c, "--help")
    m = "\n".join(man_of.get(c, []))
    # another command's option named in passing ("run --flow ID") is that command's
    others = "|".join(o for o in cmds if o != c)
    m = re.sub(r"\b(%s) +--[a-z][a-z-]*" % others, r"\1", m)
    r = "\n".join(readme_of.get(c, []))
    if not m:
        bad.append(f"{c}: no entry in rucksack(1)")
    ho, mo, ro = (set(re.findall(LONG, t)) - {"--help"} for t in (h, m, r))
    bad += [f"{c}: {o} in --help, not in rucksack(1)" for o in sorted(ho - mo)]
    bad += [f"{c}: {o} in rucksack(1), not in --help" for o in sorted(mo - ho)]
    bad += [f"{c}: {o} in README, not in --help" for o in sorted(ro - ho)]
    hm, mm, rm = (dict(re.findall(META, t)) for t in (h, m, r))
    for where, other in (("rucksack(1)", mm), ("README", rm)):
        bad += [f"{c}: {o} {hm[o]} in --help, {o} {other[o]} in {where}"
                for o in sorted(set(hm) & set(other)) if hm[o] != other[o]]
print("\n".join(bad))
sys.exit(1 if bad else 0)
PY
exit 0
