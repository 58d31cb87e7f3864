// Character classes, class escapes (\d \D \s \S \w \W), word boundaries, the dot with and
// without dotAll, anchors with and without multiLine, and the escapes of ECMAScript §22.2.1 with
// the Annex B extensions the VM accepts outside unicode mode (octal, identity escapes, literal
// braces, \c without a letter).
//
// Expected output: the same table run through node's RegExp (V8's Irregexp, the engine behind the
// Dart VM's RegExp) by tools/regexp/cases.py, with the Dart iterator's rule for empty matches;
// each case checked by hand against the specification's algorithm where it gives an example.

import 'lib/match_table.dart';

void main() {
  run(0, "\\d+", "", "12 ab 345");
  run(1, "\\D+", "", "12 ab 345");
  run(2, "\\s+", "", "a \u0009\u00A0\u2028\uFEFF\u3000\u1680\u2000\u200Ab\u200Bc");
  run(3, "\\S+", "", "a \u0009b\u00A0c");
  run(4, "\\w+", "", "foo_bar9 baz-qux \u00E9t\u00E9");
  run(5, "\\W+", "", "foo, bar! baz");
  run(6, "[\\d-z]+", "", "1-z9a");
  run(7, "[a-]+", "", "xa-ay");
  run(8, "[-a]+", "", "xa-ay");
  run(9, "[\\w-]+", "", "a-b c");
  run(10, "[^abc]+", "", "abcdefabc");
  run(11, "[]", "", "abc");
  run(12, "[^]", "", "a\u000A");
  run(13, "[\\b]", "", "a\u0008b");
  run(14, "\\bfoo\\b", "", "foo foobar barfoo foo");
  run(15, "\\Boo\\B", "", "foo boot");
  run(16, "\\b", "", "ab cd");
  run(17, "\\B", "", "ab cd");
  run(18, "\\B", "", "");
  run(19, "a.b", "", "a\u000Ab a\u000Db a\u2028b axb");
  run(20, "a.b", "s", "a\u000Ab a\u000Db a\u2028b axb");
  run(21, "^\\w+", "", "one\u000Atwo three\u000Afour");
  run(22, "^\\w+", "m", "one\u000Atwo three\u000D\u000Afour\u2028five");
  run(23, "\\w+\$", "m", "one\u000Atwo three\u000Afour");
  run(24, "\\w+\$", "", "one\u000Atwo three\u000Afour");
  run(25, "^", "m", "a\u000Ab\u000A");
  run(26, "\$", "m", "a\u000Ab\u000A");
  run(27, "a\$", "", "a\u000Aa");
  run(28, "^.+\$", "ms", "a\u000Ab");
  run(29, "\\x41\\u0042\\103", "", "ABC");
  run(30, "\\x4g\\u12", "", "x4gu12");
  run(31, "\\cJ", "", "a\u000Ab");
  run(32, "\\c1", "", "\\c1");
  run(33, "[\\c1]", "", "\u0011");
  run(34, "[\\c_]", "", "\u001F");
  run(35, "\\0", "", "a\u0000b");
  run(36, "\\101\\8\\9", "", "A89");
  run(37, "[\\101-\\103]+", "", "xABCD");
  run(38, "\\377\\400", "", "\u00FF 0");
  run(39, "a{,5}", "", "a{,5}");
  run(40, "x{", "", "x{");
  run(41, "x}]", "", "x}]");
  run(42, "\\p{L}", "", "p{L}");
  run(43, "\\k", "", "k");
  run(44, "\\/\\-\\!", "", "/-!");
  run(45, "[\\s\\S]+", "", "a b\u000Ac");
  run(46, "[\\u0100-\\u017f]+", "", "a\u0100\u017E\u0180");
  run(47, "\\u00e9+", "", "caf\u00E9\u00E9!");
  run(48, "[\\u03b1-\\u03c9]+", "", "\u0391\u0392 \u03B1\u03B2\u03B3");
}
