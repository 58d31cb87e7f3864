#!/usr/bin/env python3
"""Generates precompiled_runtime/src/unicode_property_tables.h: the Unicode properties RegExp's
property escapes (\\p{...}, \\P{...}) can name in unicode mode, as compact byte streams.

Which properties: ECMAScript's (ECMA-262 §22.2.2.9, tables "Non-binary Unicode property aliases",
"Binary Unicode property aliases" and the value aliases of General_Category and Script), the ones
the Dart VM's parser accepts (runtime/vm/regexp_parser.cc: General_Category values, Script and
Script_Extensions values, the binary properties of IsSupportedBinaryProperty, and Any, ASCII,
Assigned). Names are exact (no loose matching): every alias in PropertyAliases.txt and
PropertyValueAliases.txt, as ICU, the VM's source of names, takes them.

Encodings (all decoded by precompiled_runtime/src/regexp_properties.cpp):
- varint: 7 bits a byte, low bits first, high bit set on all but the last byte.
- kGcRuns: the General_Category of every code point from 0 up, as runs: varint((length - 1) << 5
  | category), category an index into GC_LEAVES.
- kScriptRuns: the Script of every code point, as runs: varint((length - 1) << 8 | script).
- A diff: a varint count of boundaries, then each as a varint delta from the one before (from 0);
  a set XOR the diff toggles membership between successive boundaries. Diffs follow each other in
  a stream; the runtime skips to the one it needs.
- kScriptExtensionDiffs: for each script, Script_Extensions=X as Script=X XOR a diff (empty for
  most scripts: ScriptExtensions.txt lists few code points).
- Binary properties: the code points whose General_Category is in kBinaryMasks[i], XOR diff i of
  kBinaryDiffs: most properties are a few categories plus or minus some characters (Alphabetic,
  ID_Start, Lowercase), so this is far smaller than their ranges.
- Names (kGcNames, kScriptNames, kBinaryNames): entries of one value byte (the index, plus 1) and
  the name, NUL-terminated; the runtime compares them exactly.

Input: Debian's unicode-data package (/usr/share/unicode, `apt-get install unicode-data`).
Usage: tools/unicode/property_tables.py [--ucd DIR]  (rewrites the header; commit the result)
"""
import argparse, os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', '..', 'precompiled_runtime', 'src', 'unicode_property_tables.h')
MAX = 0x10FFFF

GC_LEAVES = ['Cn', 'Lu', 'Ll', 'Lt', 'Lm', 'Lo', 'Mn', 'Mc', 'Me', 'Nd', 'Nl', 'No', 'Pc', 'Pd',
             'Ps', 'Pe', 'Pi', 'Pf', 'Po', 'Sm', 'Sc', 'Sk', 'So', 'Zs', 'Zl', 'Zp', 'Cc', 'Cf',
             'Cs', 'Co']
GC_GROUPS = {'C': 'Cc Cf Cn Co Cs', 'L': 'Ll Lm Lo Lt Lu', 'LC': 'Ll Lt Lu', 'M': 'Mc Me Mn',
             'N': 'Nd Nl No', 'P': 'Pc Pd Pe Pf Pi Po Ps', 'S': 'Sc Sk Sm So', 'Z': 'Zl Zp Zs'}

# ECMAScript's binary properties (the VM's IsSupportedBinaryProperty), by long name, with the file
# that lists them. Any, ASCII and Assigned are not UCD properties and take only these names.
BINARY = [
    ('ASCII_Hex_Digit', 'PropList.txt'), ('Alphabetic', 'DerivedCoreProperties.txt'),
    ('Bidi_Control', 'PropList.txt'), ('Bidi_Mirrored', 'extracted/DerivedBinaryProperties.txt'),
    ('Case_Ignorable', 'DerivedCoreProperties.txt'), ('Cased', 'DerivedCoreProperties.txt'),
    ('Changes_When_Casefolded', 'DerivedCoreProperties.txt'),
    ('Changes_When_Casemapped', 'DerivedCoreProperties.txt'),
    ('Changes_When_Lowercased', 'DerivedCoreProperties.txt'),
    ('Changes_When_NFKC_Casefolded', 'DerivedNormalizationProps.txt'),
    ('Changes_When_Titlecased', 'DerivedCoreProperties.txt'),
    ('Changes_When_Uppercased', 'DerivedCoreProperties.txt'), ('Dash', 'PropList.txt'),
    ('Default_Ignorable_Code_Point', 'DerivedCoreProperties.txt'), ('Deprecated', 'PropList.txt'),
    ('Diacritic', 'PropList.txt'), ('Emoji', 'emoji/emoji-data.txt'),
    ('Emoji_Component', 'emoji/emoji-data.txt'), ('Emoji_Modifier', 'emoji/emoji-data.txt'),
    ('Emoji_Modifier_Base', 'emoji/emoji-data.txt'), ('Emoji_Presentation', 'emoji/emoji-data.txt'),
    ('Extended_Pictographic', 'emoji/emoji-data.txt'), ('Extender', 'PropList.txt'),
    ('Grapheme_Base', 'DerivedCoreProperties.txt'), ('Grapheme_Extend', 'DerivedCoreProperties.txt'),
    ('Hex_Digit', 'PropList.txt'), ('ID_Continue', 'DerivedCoreProperties.txt'),
    ('ID_Start', 'DerivedCoreProperties.txt'), ('Ideographic', 'PropList.txt'),
    ('IDS_Binary_Operator', 'PropList.txt'), ('IDS_Trinary_Operator', 'PropList.txt'),
    ('Join_Control', 'PropList.txt'), ('Logical_Order_Exception', 'PropList.txt'),
    ('Lowercase', 'DerivedCoreProperties.txt'), ('Math', 'DerivedCoreProperties.txt'),
    ('Noncharacter_Code_Point', 'PropList.txt'), ('Pattern_Syntax', 'PropList.txt'),
    ('Pattern_White_Space', 'PropList.txt'), ('Quotation_Mark', 'PropList.txt'),
    ('Radical', 'PropList.txt'), ('Regional_Indicator', 'PropList.txt'),
    ('Sentence_Terminal', 'PropList.txt'), ('Soft_Dotted', 'PropList.txt'),
    ('Terminal_Punctuation', 'PropList.txt'), ('Unified_Ideograph', 'PropList.txt'),
    ('Uppercase', 'DerivedCoreProperties.txt'), ('Variation_Selector', 'PropList.txt'),
    ('White_Space', 'PropList.txt'), ('XID_Continue', 'DerivedCoreProperties.txt'),
    ('XID_Start', 'DerivedCoreProperties.txt'),
]


def data_lines(path):
    """(first, last, fields) of every data line of a UCD file."""
    with open(path) as f:
        for line in f:
            line = line.split('#')[0].strip()
            if not line:
                continue
            fields = [x.strip() for x in line.split(';')]
            lo, _, hi = fields[0].partition('..')
            yield int(lo, 16), int(hi or lo, 16), fields[1:]


def varint(n):
    out = []
    while True:
        if n < 0x80:
            out.append(n)
            return out
        out.append(n & 0x7F | 0x80)
        n >>= 7


def runs_of(values):
    """[(value, length)] over 0..MAX of a per-code-point list."""
    out = []
    for v in values:
        if out and out[-1][0] == v:
            out[-1][1] += 1
        else:
            out.append([v, 1])
    return out


def ranges_to_bounds(ranges):
    """The sorted boundaries of a union of ranges: each maximal range gives its first and last + 1."""
    out = []
    for lo, hi in sorted(ranges):
        if out and lo <= out[-1]:
            out[-1] = max(out[-1], hi + 1)
        else:
            out += [lo, hi + 1]
    return out


def bounds_to_ranges(bounds):
    return [(bounds[i], bounds[i + 1] - 1) for i in range(0, len(bounds), 2)]


def encode_diff(bounds):
    """A diff: the count of boundaries, then each as the delta from the one before (from 0)."""
    out, last = varint(len(bounds)), 0
    for b in bounds:
        out += varint(b - last)
        last = b
    return out


def encoded_size(bounds):
    return len(encode_diff(bounds))


def xor_bounds(a, b):
    """The boundaries of the symmetric difference: both lists merged, shared points dropped."""
    out, i, j = [], 0, 0
    while i < len(a) or j < len(b):
        if j == len(b) or (i < len(a) and a[i] < b[j]):
            out.append(a[i])
            i += 1
        elif i == len(a) or b[j] < a[i]:
            out.append(b[j])
            j += 1
        else:
            i += 1
            j += 1
    return out


def value_aliases(ucd, prop):
    """{alias: short name} of a property's values (PropertyValueAliases.txt)."""
    out = {}
    for line in open(os.path.join(ucd, 'PropertyValueAliases.txt')):
        fields = [x.strip() for x in line.split('#')[0].split(';')]
        if fields[0] != prop:
            continue
        for alias in fields[1:]:
            out[alias] = fields[1]
    return out


def property_aliases(ucd):
    """{long name: [aliases]} (PropertyAliases.txt)."""
    out = {}
    for line in open(os.path.join(ucd, 'PropertyAliases.txt')):
        fields = [x.strip() for x in line.split('#')[0].split(';')]
        if len(fields) >= 2:
            out[fields[1]] = fields
    return out


def names_blob(entries):
    """A C string literal of (value, name) entries: the value byte (plus 1), the name, NUL."""
    parts = []
    for value, name in entries:
        parts.append('"\\%03o" "%s\\0"' % (value + 1, name))
    lines, line = [], '   '
    for p in parts:
        if len(line) + len(p) > 99:
            lines.append(line)
            line = '   '
        line += ' ' + p
    lines.append(line)
    return '\n'.join(lines)


def bytes_array(name, data):
    lines = ['inline constexpr uint8_t %s[] = {' % name]
    for i in range(0, len(data), 24):
        lines.append('    ' + ','.join('%d' % b for b in data[i:i + 24]) + ',')
    lines.append('};')
    return '\n'.join(lines)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--ucd', default='/usr/share/unicode')
    args = parser.parse_args()
    ucd = args.ucd

    # General_Category, per code point (unlisted: Cn).
    gc = [0] * (MAX + 1)
    for lo, hi, (cat,) in data_lines(os.path.join(ucd, 'extracted', 'DerivedGeneralCategory.txt')):
        gc[lo:hi + 1] = [GC_LEAVES.index(cat)] * (hi - lo + 1)
    gc_runs = runs_of(gc)
    gc_bytes = []
    for v, n in gc_runs:
        gc_bytes += varint((n - 1) << 5 | v)

    gc_values = list(GC_LEAVES) + sorted(GC_GROUPS)
    gc_masks = [1 << i for i in range(len(GC_LEAVES))]
    gc_masks += [sum(1 << GC_LEAVES.index(x) for x in GC_GROUPS[g].split()) for g in sorted(GC_GROUPS)]
    gc_names = []
    for alias, short in value_aliases(ucd, 'gc').items():
        gc_names.append((gc_values.index(short), alias))

    # Script, per code point (unlisted: Unknown), and the scripts' names.
    sc_aliases = value_aliases(ucd, 'sc')
    scripts = sorted(set(sc_aliases.values()))
    by_alias = {alias: scripts.index(short) for alias, short in sc_aliases.items()}
    sc = [scripts.index('Zzzz')] * (MAX + 1)
    for lo, hi, (name,) in data_lines(os.path.join(ucd, 'Scripts.txt')):
        sc[lo:hi + 1] = [by_alias[name]] * (hi - lo + 1)
    sc_runs = runs_of(sc)
    sc_bytes = []
    for v, n in sc_runs:
        sc_bytes += varint((n - 1) << 8 | v)
    sc_names = [(scripts.index(short), alias) for alias, short in sc_aliases.items()]

    # Script_Extensions, for each script: its difference from the Script (a diff, as below).
    # ScriptExtensions.txt (short names) lists the code points whose value is not {Script}.
    scx = {}
    for lo, hi, (names,) in data_lines(os.path.join(ucd, 'ScriptExtensions.txt')):
        for cp in range(lo, hi + 1):
            scx[cp] = set(scripts.index(s) for s in names.split())
    scx_bytes = []
    for script in range(len(scripts)):
        changed = [(cp, cp) for cp in sorted(scx) if (script in scx[cp]) != (sc[cp] == script)]
        scx_bytes += encode_diff(ranges_to_bounds(changed))
    # Binary properties: a General_Category mask XOR a list of boundaries.
    aliases = property_aliases(ucd)
    leaf_runs, start = [], 0  # (first, last, category)
    for v, n in gc_runs:
        leaf_runs.append((start, start + n - 1, v))
        start += n
    leaf_sizes = [0] * len(GC_LEAVES)
    for lo, hi, v in leaf_runs:
        leaf_sizes[v] += hi - lo + 1
    cat_bounds = [ranges_to_bounds([(lo, hi) for lo, hi, v in leaf_runs if v == c])
                  for c in range(len(GC_LEAVES))]

    def mask_bounds(mask):
        return ranges_to_bounds([(lo, hi) for lo, hi, v in leaf_runs if mask >> v & 1])

    binary_masks, binary_diffs, binary_names = [], [], []
    specials = [('Any', None), ('ASCII', None), ('Assigned', None)]
    for index, (prop, source) in enumerate(BINARY + specials):
        if prop == 'Any':
            ranges = [(0, MAX)]
        elif prop == 'ASCII':
            ranges = [(0, 0x7F)]
        elif prop == 'Assigned':
            ranges = [(lo, hi) for lo, hi, v in leaf_runs if v != 0]
        else:
            ranges = [(lo, hi) for lo, hi, fields in data_lines(os.path.join(ucd, source))
                      if fields[0] in aliases[prop][:2]]
        bounds = ranges_to_bounds(ranges)
        # The mask whose diff is shortest, by local search (toggle a category while that shortens
        # the diff) from the empty mask and from the categories most of whose code points have
        # the property (Cased needs Lu and Ll together: either alone lengthens the diff).
        inside = [0] * len(GC_LEAVES)
        for lo, hi in bounds_to_ranges(bounds):
            for rlo, rhi, v in leaf_runs:
                if rhi >= lo and rlo <= hi:
                    inside[v] += min(hi, rhi) - max(lo, rlo) + 1
        majority = sum(1 << c for c in range(len(GC_LEAVES)) if inside[c] * 2 > leaf_sizes[c])
        best = None
        for start in (0, majority):
            mask, diff = start, xor_bounds(bounds, mask_bounds(start))
            improved = True
            while improved:
                improved = False
                for c in range(len(GC_LEAVES)):
                    candidate = xor_bounds(diff, cat_bounds[c])
                    if encoded_size(candidate) < encoded_size(diff):
                        mask, diff, improved = mask ^ (1 << c), candidate, True
            if best is None or encoded_size(diff) < encoded_size(best[1]):
                best = (mask, diff)
        mask, diff = best
        binary_masks.append(mask)
        binary_diffs += encode_diff(diff)
        names = [prop] if source is None else aliases[prop]
        for name in names:
            binary_names.append((index, name))

    def blob(name, entries):
        return 'inline constexpr char %s[] =\n%s;' % (name, names_blob(entries))

    text = '\n'.join([
        '// Generated by tools/unicode/property_tables.py from the Unicode Character Database; do not edit.',
        '// The properties RegExp\'s \\p{...} can name, as compact byte streams (the script says how they',
        '// are encoded). Included by regexp_properties.cpp only.',
        '#ifndef DARTRT_UNICODE_PROPERTY_TABLES_H',
        '#define DARTRT_UNICODE_PROPERTY_TABLES_H',
        '',
        '#include <stdint.h>',
        '',
        'namespace dartrt {',
        'namespace unicode_properties {',
        '',
        '// General_Category values: the leaf categories (bit i: kGcRuns\'s category i) of each.',
        'inline constexpr uint32_t kGcMasks[] = {%s};' % ', '.join('0x%X' % m for m in gc_masks),
        blob('kGcNames', sorted(gc_names)),
        bytes_array('kGcRuns', gc_bytes),
        '',
        'inline constexpr uint32_t kScriptCount = %d;' % len(scripts),
        blob('kScriptNames', sorted(sc_names)),
        bytes_array('kScriptRuns', sc_bytes),
        bytes_array('kScriptExtensionDiffs', scx_bytes),
        '',
        'inline constexpr uint32_t kBinaryMasks[] = {%s};' % ', '.join('0x%X' % m for m in binary_masks),
        bytes_array('kBinaryDiffs', binary_diffs),
        blob('kBinaryNames', binary_names),
        '',
        '}  // namespace unicode_properties',
        '}  // namespace dartrt',
        '',
        '#endif  // DARTRT_UNICODE_PROPERTY_TABLES_H',
        ''])
    with open(OUT, 'w') as f:
        f.write(text)
    name_bytes = sum(len(n) + 2 for _, n in gc_names + sc_names + binary_names)
    print('gc: %d runs, %d bytes; scripts: %d, %d runs, %d bytes; scx: %d bytes; '
          'binary: %d, %d bytes; names: %d bytes' % (
              len(gc_runs), len(gc_bytes), len(scripts), len(sc_runs), len(sc_bytes),
              len(scx_bytes), len(BINARY) + 3, len(binary_diffs), name_bytes))


if __name__ == '__main__':
    main()
