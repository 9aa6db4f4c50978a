"""pgmdiff.py GOT WANT: two binary greyscale PGMs (pdftoppm -gray) alike
within a tolerance: the same size, a mean difference of at most 1 grey
level in 255, and at most 0.5% of the pixels off by more than 64.  Text
moved by a line, a band of another colour, a page of another kind, fail;
a font's anti-aliasing on another poppler passes.  Prints the figures."""
import sys


def read_pgm(path):
    data = open(path, "rb").read()
    fields, pos = [], 0
    while len(fields) < 4:  # magic, width, height, maxval; '#' comments skipped
        while data[pos:pos + 1].isspace():
            pos += 1
        if data[pos:pos + 1] == b"#":
            pos = data.index(b"\n", pos)
            continue
        end = pos
        while not data[end:end + 1].isspace():
            end += 1
        fields.append(data[pos:end])
        pos = end
    if fields[0] != b"P5" or fields[3] != b"255":
        sys.exit("%s: not an 8-bit binary PGM" % path)
    w, h = int(fields[1]), int(fields[2])
    return w, h, data[pos + 1:pos + 1 + w * h]


def main():
    got, want = read_pgm(sys.argv[1]), read_pgm(sys.argv[2])
    if got[:2] != want[:2]:
        sys.exit("size %dx%d, wanted %dx%d" % (got[0], got[1], want[0], want[1]))
    diffs = [abs(a - b) for a, b in zip(got[2], want[2])]
    mean = sum(diffs) / len(diffs)
    off = sum(1 for d in diffs if d > 64) / len(diffs)
    print("mean difference %.2f, pixels off %.2f%%" % (mean, 100 * off))
    sys.exit(0 if mean <= 1.0 and off <= 0.005 else 1)


main()
