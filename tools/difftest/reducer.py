"""Shrinks a Dart program while a predicate ("still shows the bug") holds.

Delta debugging over the program's statements and members, by lines: a line ending in `{` opens
a unit that runs to the next line at the same indentation starting with `}` and not ending in
`{` (so `} else {`, `} on X catch (e) {` and `} finally {` stay in their statement). Units are
removed in halving chunks, top level first, then inside each surviving unit. Removing something
still used makes the program fail to compile, which the predicate rejects. The generator writes
one statement per line for this reason; hand-written programs reduce less well.
"""


def parse_units(lines, start, end, indent):
    """The units (first line, one past the last line) between `start` and `end` at `indent`."""
    units = []
    i = start
    while i < end:
        line = lines[i]
        stripped = line.strip()
        ind = len(line) - len(line.lstrip(' '))
        if not stripped or ind != indent:
            i += 1
            continue
        j = i + 1
        if stripped.endswith('{'):
            while j < end:
                s = lines[j].strip()
                jind = len(lines[j]) - len(lines[j].lstrip(' '))
                if jind == indent and s.startswith('}') and not s.endswith('{'):
                    break
                j += 1
            j += 1
        units.append((i, min(j, end)))
        i = j
    return units


def inner_indent(lines, start, end):
    for k in range(start + 1, end):
        if lines[k].strip():
            return len(lines[k]) - len(lines[k].lstrip(' '))
    return None


def reduce_lines(lines, interesting, log=lambda msg: None):
    """Returns a smaller list of lines for which interesting(text) still holds."""
    keep = [True] * len(lines)

    def text(mask):
        return '\n'.join(l for l, k in zip(lines, mask) if k) + '\n'

    def try_remove(units):
        """ddmin-style: remove chunks of `units` while the program stays interesting."""
        units = [u for u in units if any(keep[u[0]:u[1]])]
        chunk = max(1, len(units) // 2)
        while units:
            i = 0
            while i < len(units):
                cand = list(keep)
                for (a, b) in units[i:i + chunk]:
                    for k in range(a, b):
                        cand[k] = False
                if cand != keep and interesting(text(cand)):
                    keep[:] = cand
                    log('removed %d unit(s), %d lines left' % (len(units[i:i + chunk]), sum(keep)))
                    del units[i:i + chunk]
                else:
                    i += chunk
            if chunk == 1:
                break
            chunk = max(1, chunk // 2)
        return units

    def walk(start, end, indent):
        survivors = try_remove(parse_units(lines, start, end, indent))
        for (a, b) in survivors:
            if b - a > 2:
                ind = inner_indent(lines, a, b)
                if ind is not None and ind > indent:
                    walk(a + 1, b - 1, ind)

    before = None
    while before != keep:
        before = list(keep)
        walk(0, len(lines), 0)
    out = []
    for line, k in zip(lines, keep):
        if k and (line.strip() or (out and out[-1].strip())):  # no runs of blank lines
            out.append(line)
    return out
