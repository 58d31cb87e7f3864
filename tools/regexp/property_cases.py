#!/usr/bin/env python3
"""RegExp property escapes (\\p{...}): writes test_programs/regexp/property_escapes.dart and its
.expected, the expected output computed here from the Unicode Character Database and ECMAScript's
semantics, independently of dartc's tables (tools/unicode/property_tables.py) and engine.

For each pattern the program prints which of a fixed set of sample characters the pattern matches
whole (`^pattern$`, unicode mode). The expected membership comes from the UCD files: the
General_Category (DerivedGeneralCategory.txt), Script (Scripts.txt), Script_Extensions
(ScriptExtensions.txt: the listed scripts replace {Script}), binary properties (PropList.txt,
DerivedCoreProperties.txt, ...). Under ignoreCase (unicode mode) a character matches a class when
some member has its simple case folding (CaseFolding.txt, statuses C and S), as ECMAScript's
CharacterSetMatcher with Canonicalize = simple case folding; negated classes ([^...]) invert after.
The samples avoid characters whose case dartc's Unicode 5.1 case tables do not know.

Input: Debian's unicode-data package (/usr/share/unicode). Usage: tools/regexp/property_cases.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..', 'unicode'))
import property_tables as pt  # noqa: E402  (its file readers and the list of binary properties)

UCD = '/usr/share/unicode'
OUT = os.path.join(HERE, '..', '..', 'test_programs', 'regexp', 'property_escapes')

SAMPLES = [
    0x41, 0x61, 0x29, 0x1C5, 0x1C6, 0x2B0, 0x5D0, 0x301, 0x903, 0x20DD, 0x35, 0x216B, 0xBD, 0x5F, 0x2D,
    0x28, 0xAB, 0xBB, 0x21, 0x2B, 0x24, 0x5E, 0xA9, 0x20, 0x2028, 0x2029, 0x9, 0x200D, 0xE000,
    0x378, 0xD800, 0x3B1, 0x3A9, 0x416, 0x4E2D, 0x3042, 0x30A2, 0x30FC, 0x640, 0x628, 0x1F600,
    0x1D400, 0x10400, 0x212A, 0x17F, 0xFFFF, 0x1F1E6, 0xFE0F, 0x2F00, 0x2FF0, 0x1F3FB,
]

# (pattern, ignoreCase)
CASES = [(r'\p{%s}' % n, False) for n in (
    'L', 'Letter', 'Lu', 'Uppercase_Letter', 'Ll', 'LC', 'Cased_Letter', 'Lt', 'Lm', 'Lo', 'M',
    'Mark', 'Combining_Mark', 'Mn', 'Mc', 'Me', 'N', 'Nd', 'digit', 'Nl', 'No', 'P', 'punct', 'Pc',
    'Pd', 'Ps', 'Pe', 'Pi', 'Pf', 'Po', 'S', 'Sm', 'Sc', 'Sk', 'So', 'Z', 'Zs', 'Zl', 'Zp', 'C',
    'Other', 'Cc', 'cntrl', 'Cf', 'Co', 'Cn', 'Unassigned', 'Cs', 'gc=Lu', 'General_Category=Letter',
    'gc=Nd', 'sc=Greek', 'Script=Grek', 'sc=Latn', 'sc=Cyrillic', 'sc=Han', 'sc=Hira', 'sc=Kana',
    'sc=Zyyy', 'Script=Common', 'sc=Inherited', 'sc=Zinh', 'sc=Qaai', 'sc=Arab', 'sc=Zzzz',
    'sc=Unknown', 'sc=Dsrt', 'scx=Hira', 'scx=Kana', 'Script_Extensions=Arabic', 'scx=Syrc',
    'scx=Zyyy', 'scx=Grek', 'scx=Latin', 'scx=Zinh', 'Any', 'ASCII', 'Assigned')]
CASES += [(r'\p{%s}' % name, False) for name, _ in pt.BINARY]
CASES += [(r'\p{%s}' % n, False) for n in ('Alpha', 'AHex', 'space', 'Upper', 'Lower', 'IDS', 'IDC',
                                           'XIDS', 'EPres', 'ExtPict', 'RI', 'CWCF', 'Ideo')]
CASES += [(p, False) for p in (
    r'\P{L}', r'\P{Lu}', r'\P{sc=Greek}', r'\P{scx=Hira}', r'\P{Any}', r'\P{ASCII}', r'\P{Assigned}',
    r'\P{White_Space}', r'[\p{L}\d]', r'[^\p{L}]', r'[\P{L}]', r'[^\P{L}]', r'[\p{Lu}\p{Nd}_]',
    r'[\p{sc=Greek}a-c]', r'[^\p{L}\p{N}]', r'[\p{Any}]', r'[^\p{Any}]', r'[\P{Any}]')]
CASES += [(p, True) for p in (
    r'\p{Lu}', r'\p{Ll}', r'\p{Lt}', r'\P{Lu}', r'[^\p{Lu}]', r'\p{ASCII}', r'\p{Lowercase}',
    r'\p{sc=Greek}', r'[\p{Lu}]', r'[^\P{Ll}]')]


def load():
    gc = {}
    for lo, hi, (v,) in pt.data_lines(os.path.join(UCD, 'extracted', 'DerivedGeneralCategory.txt')):
        for c in range(lo, hi + 1):
            gc[c] = v
    gc_alias = pt.value_aliases(UCD, 'gc')
    sc_alias = pt.value_aliases(UCD, 'sc')
    sc = {}
    for lo, hi, (v,) in pt.data_lines(os.path.join(UCD, 'Scripts.txt')):
        for c in range(lo, hi + 1):
            sc[c] = sc_alias[v]
    scx = {}
    for lo, hi, (v,) in pt.data_lines(os.path.join(UCD, 'ScriptExtensions.txt')):
        for c in range(lo, hi + 1):
            scx[c] = set(v.split())
    aliases = pt.property_aliases(UCD)
    binary = {}
    for long, source in pt.BINARY:
        members = set()
        for lo, hi, f in pt.data_lines(os.path.join(UCD, source)):
            if f[0] in aliases[long][:2]:
                members.update(range(lo, hi + 1))
        for alias in aliases[long]:
            binary[alias] = members
    fold = {}
    for lo, _, f in pt.data_lines(os.path.join(UCD, 'CaseFolding.txt')):
        if f[0] in ('C', 'S'):
            fold[lo] = int(f[1], 16)
    return gc, gc_alias, sc, sc_alias, scx, binary, fold


def main():
    gc, gc_alias, sc, sc_alias, scx, binary, fold = load()
    groups = dict((k, set(v.split())) for k, v in pt.GC_GROUPS.items())

    def prop(name, c):
        """Whether code point c has the property \\p{name}."""
        key, _, value = name.partition('=')
        if value:
            if key in ('gc', 'General_Category'):
                return prop(value, c)
            short = sc_alias[value]
            if key in ('sc', 'Script'):
                return sc.get(c, 'Zzzz') == short
            return short in scx[c] if c in scx else sc.get(c, 'Zzzz') == short
        if name in gc_alias:
            v = gc_alias[name]
            return gc.get(c, 'Cn') in groups.get(v, {v})
        if name == 'Any':
            return True
        if name == 'ASCII':
            return c < 0x80
        if name == 'Assigned':
            return gc.get(c, 'Cn') != 'Cn'
        return c in binary[name]

    def atom_set(text):
        """The code-point predicate of one \\p/\\P escape, a range, or a class escape (\\d)."""
        if text.startswith('\\p{') or text.startswith('\\P{'):
            name = text[3:-1]
            return (lambda c: not prop(name, c)) if text[1] == 'P' else (lambda c: prop(name, c))
        if text == '\\d':
            return lambda c: 0x30 <= c <= 0x39
        if len(text) == 3 and text[1] == '-':
            return lambda c: ord(text[0]) <= c <= ord(text[2])
        return lambda c: c == ord(text)

    def parse(pattern):
        """(negated, [predicates]) of a pattern that is one escape or one class."""
        if not pattern.startswith('['):
            return False, [atom_set(pattern)]
        body, negated = pattern[1:-1], pattern[1] == '^'
        if negated:
            body = body[1:]
        atoms, i = [], 0
        while i < len(body):
            if body[i] == '\\':
                if body[i + 1] in 'pP':
                    j = body.index('}', i) + 1
                else:
                    j = i + 2
            elif i + 2 < len(body) and body[i + 1] == '-':
                j = i + 3
            else:
                j = i + 1
            atoms.append(body[i:j])
            i = j
        return negated, [atom_set(a) for a in atoms]

    def folded(c):
        return fold.get(c, c)

    def matches(pattern, ignore_case, c):
        negated, preds = parse(pattern)
        if ignore_case:
            # Some member of the class has c's simple case folding. The members that fold to
            # c's folding are c's folding itself and the characters folding to it.
            key = folded(c)
            candidates = {key} | {m for m, f in fold.items() if f == key}
            hit = any(any(p(m) for p in preds) for m in candidates)
        else:
            hit = any(p(c) for p in preds)
        return hit != negated

    def dart(s):
        return s.replace('\\', '\\\\').replace('$', '\\$')

    lines = [
        '// Generated by tools/regexp/property_cases.py; do not edit. Unicode property escapes in',
        '// unicode mode: General_Category values (short, long, gc=), Script and Script_Extensions',
        '// values, ECMAScript\'s binary properties and their aliases, \\P, classes, ignoreCase. Each',
        '// line: the pattern and the sample characters (code points in hex) it matches whole. The',
        '// expected output comes from the Unicode 15.0 data files and ECMAScript\'s semantics (the',
        '// script says how), not from dartc.',
        '',
        'const samples = <int>[%s];' % ', '.join('0x%X' % c for c in SAMPLES),
        '',
        'void show(String pattern, {bool ignoreCase = false}) {',
        '  var re = RegExp("^(?:$pattern)\\$", unicode: true, caseSensitive: !ignoreCase);',
        '  var hits = [',
        '    for (var c in samples)',
        '      if (re.hasMatch(String.fromCharCode(c))) c.toRadixString(16)',
        '  ];',
        '  print("$pattern${ignoreCase ? " (i)" : ""}: ${hits.isEmpty ? "-" : hits.join(" ")}");',
        '}',
        '',
        'void main() {',
    ]
    expected = []
    for pattern, ignore_case in CASES:
        lines.append('  show(r"%s"%s);' % (pattern, ', ignoreCase: true' if ignore_case else ''))
        hits = ['%x' % c for c in SAMPLES if matches(pattern, ignore_case, c)]
        expected.append('%s%s: %s' % (pattern, ' (i)' if ignore_case else '', ' '.join(hits) or '-'))
    lines.append('}')
    with open(OUT + '.dart', 'w') as f:
        f.write('\n'.join(lines) + '\n')
    with open(OUT + '.expected', 'w') as f:
        f.write('\n'.join(expected) + '\n')


if __name__ == '__main__':
    main()
