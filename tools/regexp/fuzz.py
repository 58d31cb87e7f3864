#!/usr/bin/env python3
"""Differential testing of dartc's RegExp against node's: random patterns (groups, lookarounds,
back-references, quantifiers, classes, named groups; flags i, m, s, u) on random short inputs.

  tools/regexp/fuzz.py SEED COUNT OUT_DIR    writes OUT_DIR/fz.dart and fz.expected (node's
                                             results with the Dart iterator's rules); compile
                                             fz.dart with dartc, run it and diff with fz.expected.

Patterns node rejects are dropped. Nested quantifiers can backtrack exponentially in both
engines; a case that runs for minutes in node is such a pattern, not a hang.
"""
import os
import random
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cases  # noqa: E402
rnd = random.Random(int(sys.argv[1]))
atoms = ['\\u00e9', 'é', 'Σ', 'σ', 'ς', '[à-ÿ]', '[^\\s]', '\\W', '\\D', '(?<n>a)', '\\k<n>', 'ſ', 'k', 's', 'a', 'b', 'c', '.', '[ab]', '[^a]', '\\w', '\\d', '\\s', '\\b', '\\B', '^', '$', 'A', 'B', '[a-c]', '\\1', '\\2']
def gen(depth):
    n = rnd.randint(1, 3)
    out = ''
    for _ in range(n):
        r = rnd.random()
        if depth < 3 and r < 0.25:
            kind = rnd.choice(['(', '(?:', '(?=', '(?!', '(?<=', '(?<!'])
            inner = gen(depth + 1)
            if rnd.random() < 0.3:
                inner += '|' + gen(depth + 1)
            a = kind + inner + ')'
            if kind in ('(?<=', '(?<!'):
                out += a
                continue
        else:
            a = rnd.choice(atoms)
            if a in ('\\b', '\\B', '^', '$'):
                out += a
                continue
        q = rnd.random()
        if q < 0.15: a += '*'
        elif q < 0.25: a += '+'
        elif q < 0.32: a += '?'
        elif q < 0.37: a += '{1,2}'
        elif q < 0.40: a += '{2}'
        if q < 0.40 and rnd.random() < 0.3: a += '?'
        out += a
    if rnd.random() < 0.15: out += '|' + gen(depth + 1)
    return out
tab = []
for i in range(int(sys.argv[2])):
    p = gen(0)
    flags = ''.join(f for f in 'imsu' if rnd.random() < 0.25)
    s = ''.join(rnd.choice(['a','a','b','b','c','A',' ','B','1','\n','é','É','Σ','ς','σ','ſ','S','K','\u212a','\U0001F600']) for _ in range(rnd.randint(0, 12)))
    tab.append((p, flags, s))
# validate with node: drop patterns that are errors in JS
js = 'for (const [p,f] of %s) { try { new RegExp(p,f); console.log(1);} catch(e) {console.log(0);} }' % cases.json.dumps([[p, f] for p, f, s in tab])
ok = subprocess.run(['node', '-e', js], capture_output=True, text=True).stdout.split()
tab = [t for t, k in zip(tab, ok) if k == '1']
cases.OUT = sys.argv[3]
cases.write('fz', '// fuzz', tab, True)
