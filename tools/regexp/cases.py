#!/usr/bin/env python3
"""RegExp golden cases: one table, two programs.

Writes test_programs/regexp/<name>.dart (a Dart program printing every match of each case, through
RegExp.allMatches) and, with --expect, computes <name>.expected by running the same table through
node's RegExp (V8's Irregexp, the engine the Dart VM's RegExp also uses), with the Dart iterator's
rules for empty matches. Usage: tools/regexp/cases.py [--expect]
"""
import json, os, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', '..', 'test_programs', 'regexp')

# (pattern, flags, input); flags: i (caseSensitive: false), m, s (dotAll), u.
TABLES = {}
TABLES['ecmascript_examples'] = ("""// The examples of ECMAScript 2024 §22.2.2 (Pattern Semantics: alternatives, terms, quantifiers,
// captures, back-references, lookaheads, lookbehinds), run through RegExp.allMatches.""", [
    (r'a|ab', '', 'abc'),
    (r'((a)|(ab))((c)|(bc))', '', 'abc'),
    (r'a[a-z]{2,4}', '', 'abcdefghi'),
    (r'a[a-z]{2,4}?', '', 'abcdefghi'),
    (r'(aa|aabaac|ba|b|c)*', '', 'aabaac'),
    (r'(z)((a+)?(b+)?(c))*', '', 'zaacbbbcac'),
    (r'(a*)*', '', 'b'),
    (r'(a*)b\1+', '', 'baaaac'),
    (r'(?=(a+))', '', 'baaabac'),
    (r'(?=(a+))a*b\1', '', 'baaabac'),
    (r'(.*?)a(?!(a+)b\2c)\2(.*)', '', 'baaabaac'),
    (r'^(a+)\1*,\1+$', '', 'aaaaaaaaaa,aaaaaaaaaaaaaaa'),
    (r'(?<=\$)\d+(\.\d*)?', '', 'cost: $10.53 or $7'),
    (r'(?<!\$)\b\d+', '', '$10 20 30'),
    (r'(?<=(\d+)(\d+))$', '', '1053'),
    (r'(?<=(o)d\1)r', '', 'hodor'),
    (r'(?<=\1d(o))r', '', 'hodor'),
    (r'(?<!abc)\w\w\w', '', 'abcdef'),
    (r'(?<=a(?=b)b)c', '', 'abc'),
    (r'(a)|\1b', '', 'b'),
    (r'\1(a)', '', 'aa'),
    (r'(?:(a)|b)+', '', 'ab'),
    (r'((a)|b)+', '', 'ab'),
    (r'(a+)+b', '', 'aaab'),
    (r'(|a)*b', '', 'aab'),
    (r'(a?)*?b', '', 'aab'),
    (r'(?:a|())*b', '', 'aab'),
    (r'(?:(?=(a)))?a', '', 'a'),
    (r'(?=(a))?a', '', 'a'),
    (r'(a){0}b', '', 'ab'),
    (r'a{0}', '', 'aa'),
    (r'(?:ab){2}', '', 'abababab'),
    (r'x{2,}', '', 'x xx xxxxx'),
    (r'x{2,3}?', '', 'xxxxxxx'),
    (r'<.+?>', '', '<a><bb>'),
    (r'<.+>', '', '<a><bb>'),
    (r'(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)(l)(m)(n)(o)(p)(q)\17', '', '.abcdefghijklmnopqq.'),
    (r'(a)?(b)?c', '', 'bc ac c'),
])
TABLES['classes_and_escapes'] = ("""// Character classes, class escapes (\\d \\D \\s \\S \\w \\W), word boundaries, the dot with and
// without dotAll, anchors with and without multiLine, and the escapes of ECMAScript §22.2.1 with
// the Annex B extensions the VM accepts outside unicode mode (octal, identity escapes, literal
// braces, \\c without a letter).""", [
    (r'\d+', '', '12 ab 345'),
    (r'\D+', '', '12 ab 345'),
    (r'\s+', '', 'a \t\u00a0\u2028\ufeff\u3000\u1680\u2000\u200ab\u200bc'),
    (r'\S+', '', 'a \tb\u00a0c'),
    (r'\w+', '', 'foo_bar9 baz-qux \u00e9t\u00e9'),
    (r'\W+', '', 'foo, bar! baz'),
    (r'[\d-z]+', '', '1-z9a'),
    (r'[a-]+', '', 'xa-ay'),
    (r'[-a]+', '', 'xa-ay'),
    (r'[\w-]+', '', 'a-b c'),
    (r'[^abc]+', '', 'abcdefabc'),
    (r'[]', '', 'abc'),
    (r'[^]', '', 'a\n'),
    (r'[\b]', '', 'a\bb'),
    (r'\bfoo\b', '', 'foo foobar barfoo foo'),
    (r'\Boo\B', '', 'foo boot'),
    (r'\b', '', 'ab cd'),
    (r'\B', '', 'ab cd'),
    (r'\B', '', ''),
    (r'a.b', '', 'a\nb a\rb a\u2028b axb'),
    (r'a.b', 's', 'a\nb a\rb a\u2028b axb'),
    (r'^\w+', '', 'one\ntwo three\nfour'),
    (r'^\w+', 'm', 'one\ntwo three\r\nfour\u2028five'),
    (r'\w+$', 'm', 'one\ntwo three\nfour'),
    (r'\w+$', '', 'one\ntwo three\nfour'),
    (r'^', 'm', 'a\nb\n'),
    (r'$', 'm', 'a\nb\n'),
    (r'a$', '', 'a\na'),
    (r'^.+$', 'ms', 'a\nb'),
    (r'\x41\u0042\103', '', 'ABC'),
    (r'\x4g\u12', '', 'x4gu12'),
    (r'\cJ', '', 'a\nb'),
    (r'\c1', '', '\\c1'),
    (r'[\c1]', '', '\u0011'),
    (r'[\c_]', '', '\u001f'),
    (r'\0', '', 'a\u0000b'),
    (r'\101\8\9', '', 'A89'),
    (r'[\101-\103]+', '', 'xABCD'),
    (r'\377\400', '', '\u00ff\u00200'),
    (r'a{,5}', '', 'a{,5}'),
    (r'x{', '', 'x{'),
    (r'x}]', '', 'x}]'),
    (r'\p{L}', '', 'p{L}'),
    (r'\k', '', 'k'),
    (r'\/\-\!', '', '/-!'),
    (r'[\s\S]+', '', 'a b\nc'),
    (r'[\u0100-\u017f]+', '', 'a\u0100\u017e\u0180'),
    (r'\u00e9+', '', 'caf\u00e9\u00e9!'),
    (r'[\u03b1-\u03c9]+', '', '\u0391\u0392 \u03b1\u03b2\u03b3'),
])
TABLES['case_insensitive'] = ("""// ignoreCase (RegExp(caseSensitive: false)): ECMAScript's Canonicalize (§22.2.2.7.3) outside
// unicode mode (the upper case, never from non-ASCII to ASCII) and simple case folding in unicode
// mode, by the runtime's case tables (Unicode 5.1's simple mappings, as the VM's String case
// mapping; every case here means the same in later versions); on characters, classes and
// back-references.""", [
    (r'abc', 'i', 'xABCx aBc'),
    (r'[a-z]+', 'i', 'HeLLo W0rld'),
    (r'[^a]', 'i', 'Aa'),
    (r'[^a-z]+', 'i', 'abcXYZ123'),
    (r'\u00e5', 'i', '\u00c5'),
    (r'\u00df', 'i', 'SS ss \u00df'),
    (r'\u212a', 'i', 'kK\u212a'),
    (r'\u212a', 'iu', 'kK\u212a'),
    (r'k', 'iu', 'kK\u212a'),
    (r'\u017f', 'i', 'sS\u017f'),
    (r'\u017f', 'iu', 'sS\u017f'),
    (r's', 'i', 'sS\u017f'),
    (r'[a-z]', 'iu', '\u017f\u212a'),
    (r'\u00b5', 'i', '\u00b5\u039c\u03bc'),
    (r'\u03c3', 'i', '\u03a3\u03c2\u03c3'),
    (r'[\u00e0-\u00fe]+', 'i', '\u00c0\u00c9\u00ce\u00d7\u00f7'),
    (r'\u0391\u0392\u0393', 'i', '\u03b1\u03b2\u03b3'),
    (r'[\u0430-\u044f]+', 'i', '\u041f\u0420\u0418\u0412\u0415\u0422'),
    (r'\u0130', 'i', 'iI\u0130'),
    (r'i', 'i', 'iI\u0130\u0131'),
    (r'\u00ff', 'i', '\u0178'),
    (r'(a)\1', 'i', 'aA Aa'),
    (r'(\u00e9)\1', 'i', '\u00e9\u00c9'),
    (r'\w', 'iu', '\u017f\u212a'),
    (r'\W', 'iu', '\u017f\u212a!'),
    (r'\W', 'i', '\u017f\u212a!'),
    (r'\b', 'iu', 'a\u017f \u212a!'),
    (r'\B[^a]{1,2}', 'iu', 'A\u03a3\u00e9\u212a\U0001F600AbB'),
    (r'\b', 'i', 'a\u017f \u212a!'),
    (r'agggtaaa|tttaccct', 'i', 'xAGGGTAAAtttaccctx'),
    (r'[cgt]gggtaaa|tttaccc[acg]', 'i', 'CGGGTAAA tttacccA'),
    (r'vi\u1ec7t', 'i', 'VI\u1ec6T vi\u1ec7t Vi\u1ec7T viet'),
    (r'[\u0561-\u0586]+', 'i', '\u0532\u0561\u0580\u0535\u0582'),
    (r'\u03b8', 'i', '\u0398\u03b8\u03d1\u03f4'),
    (r'\u03b8', 'iu', '\u0398\u03b8\u03d1\u03f4'),
    (r'\u1e61', 'i', '\u1e60\u1e61\u1e9b'),
    (r'\u1e9b', 'iu', '\u1e60\u1e61\u1e9b'),
    (r'\u0345', 'i', '\u0399\u03b9\u1fbe\u0345'),
    (r'[\u2170-\u217f]+', 'i', '\u2160\u216b\u2170'),
    (r'\uff41+', 'i', '\uff21\uff41'),
    (r'\u01c5', 'i', '\u01c4\u01c5\u01c6'),
    (r'\u01c5', 'iu', '\u01c4\u01c5\u01c6'),
    (r'[\u2c30-\u2c5e]+', 'i', '\u2c00\u2c01\u2c30'),
])
TABLES['unicode_mode'] = ("""// unicode: true: code points (surrogate pairs as one character) for the dot, classes and
// quantifiers, \\u{...} escapes, the Dart iterator's rule that an empty match in unicode mode
// advances past a whole surrogate pair, and Irregexp's treatment of positions inside a pair (the
// search tries them; no character can be read there, so only zero-width patterns match).""", [
    (r'.', 'u', '\U0001F600a'),
    (r'.', '', '\U0001F600a'),
    (r'^.$', 'u', '\U0001F600'),
    (r'^.$', '', '\U0001F600'),
    (r'\u{1F600}', 'u', 'x\U0001F600y'),
    (r'[\u{1F600}-\u{1F64F}]+', 'u', 'a\U0001F603\U0001F600b'),
    (r'\ud83d\ude00', 'u', '\U0001F600'),
    (r'\ud83d', 'u', '\U0001F600 \ud83d'),
    (r'\ud83d', '', '\U0001F600'),
    (r'', 'u', '\U0001F600a'),
    (r'', '', '\U0001F600a'),
    (r'\S+', 'u', '\U0001F600\U0001F601 x'),
    (r'[^a]', 'u', '\U0001F600'),
    ('(?<=\U0001F600)x', 'u', '\U0001F600x'),
    ('\U0001F600{2}', 'u', '\U0001F600\U0001F600\U0001F600'),
    ('\U0001F600{2}', '', '\U0001F600\U0001F600\uDE00'),
    (r'\u{61}\u{0062}', 'u', 'ab'),
    (r'(?<!a)(?!b)', 'u', 'aa\U0001F600b'),
    (r'(?<!\D)', 'u', 'aa\U0001F600b'),
    (r'(?=[\uDC00-\uDFFF])', 'u', 'a\U0001F600\uDC00'),
    (r'\B', 'u', '\U0001F600\U0001F600'),
    (r'\/\.', 'u', '/.'),
])
TABLES['named_groups'] = ("""// Named groups (?<name>...) and named back-references \\k<name>, including forward references
// and references inside their own group (which match the empty string).""", [
    (r'(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})', '', 'on 2024-05-01 and 1999-12-31'),
    (r'(?<a>.)\k<a>', '', 'xyzzy'),
    (r'\k<a>(?<a>x)', '', 'xx'),
    (r'(?<a>x\k<a>)', '', 'xx'),
    (r'(?<x>a)|(?<y>b)', '', 'ba'),
    (r'(?<$d_1>\d)', '', 'a1'),
    (r'(?<\u0061>.)\k<a>', '', 'bb'),
    (r'\k<a>(?<a>b)\k<a>', 'u', 'bb'),
])


def dart_string(s):
    out = ['"']
    for ch in s:
        o = ord(ch)
        if ch in '\\"$':
            out.append('\\' + ch)
        elif 32 <= o < 127:
            out.append(ch)
        elif o > 0xFFFF:
            out.append('\\u{%X}' % o)
        else:
            out.append('\\u%04X' % o)
    out.append('"')
    return ''.join(out)


def js_string(s):
    units = s.encode('utf-16-le', 'surrogatepass')
    out = ['"']
    for i in range(0, len(units), 2):
        u = units[i] | (units[i + 1] << 8)
        c = chr(u)
        if c in '\\"':
            out.append('\\' + c)
        elif 32 <= u < 127:
            out.append(c)
        else:
            out.append('\\u%04X' % u)
    out.append('"')
    return ''.join(out)


# The match printer lives in test_programs/regexp/lib/match_table.dart, which every program imports.
DART_IMPORT = "\nimport 'lib/match_table.dart';\n"

JS_RUNNER = r'''
function show(s) {
  if (s === undefined) return "null";
  let b = '"';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    b += (c >= 32 && c < 127) ? s[i] : "\\u" + c.toString(16).toUpperCase().padStart(4, "0");
  }
  return b + '"';
}
function run(index, pattern, flags, input) {
  const re = new RegExp(pattern, flags + "g");
  const unicode = flags.includes("u");
  let out = index + ":";
  let any = false;
  let next = 0;
  while (next <= input.length) {
    re.lastIndex = next;
    const m = re.exec(input);
    if (!m) break;
    any = true;
    const start = m.index, end = m.index + m[0].length;
    out += " " + start + "-" + end;
    for (let g = 0; g < m.length; g++) out += " " + show(m[g]);
    if (m.groups) for (const name of Object.keys(m.groups).sort()) out += " " + name + "=" + show(m.groups[name]);
    out += ";";
    next = end;
    if (end === start) {
      if (unicode && next + 1 < input.length && (input.charCodeAt(next) & 0xFC00) === 0xD800 &&
          (input.charCodeAt(next + 1) & 0xFC00) === 0xDC00) next++;
      next++;
    }
  }
  if (!any) out += " no match";
  console.log(out);
}
'''


def write(name, header, cases, expect):
    lines = [header,
             '//',
             '// Expected output: the same table run through node\'s RegExp (V8\'s Irregexp, the engine behind the',
             '// Dart VM\'s RegExp) by tools/regexp/cases.py, with the Dart iterator\'s rule for empty matches;',
             '// each case checked by hand against the specification\'s algorithm where it gives an example.',
             DART_IMPORT,
             'void main() {']
    js = [JS_RUNNER]
    for i, (pattern, flags, text) in enumerate(cases):
        lines.append('  run(%d, %s, "%s", %s);' % (i, dart_string(pattern), flags, dart_string(text)))
        js.append('run(%d, %s, "%s", %s);' % (i, js_string(pattern), flags, js_string(text)))
    lines.append('}')
    with open(os.path.join(OUT, name + '.dart'), 'w') as f:
        f.write('\n'.join(lines) + '\n')
    if expect:
        r = subprocess.run(['node', '-e', '\n'.join(js)], capture_output=True, text=True, check=True)
        with open(os.path.join(OUT, name + '.expected'), 'w') as f:
            f.write(r.stdout)


if __name__ == '__main__':
    for name, (header, cases) in TABLES.items():
        write(name, header, cases, '--expect' in sys.argv)
