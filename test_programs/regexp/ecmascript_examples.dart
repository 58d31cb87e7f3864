// The examples of ECMAScript 2024 §22.2.2 (Pattern Semantics: alternatives, terms, quantifiers,
// captures, back-references, lookaheads, lookbehinds), run through RegExp.allMatches.
//
// Expected output: the same table run through node's RegExp (V8's Irregexp, the engine behind the
// Dart VM's RegExp) by tools/regexp/cases.py, with the Dart iterator's rule for empty matches;
// each case checked by hand against the specification's algorithm where it gives an example.

import 'lib/match_table.dart';

void main() {
  run(0, "a|ab", "", "abc");
  run(1, "((a)|(ab))((c)|(bc))", "", "abc");
  run(2, "a[a-z]{2,4}", "", "abcdefghi");
  run(3, "a[a-z]{2,4}?", "", "abcdefghi");
  run(4, "(aa|aabaac|ba|b|c)*", "", "aabaac");
  run(5, "(z)((a+)?(b+)?(c))*", "", "zaacbbbcac");
  run(6, "(a*)*", "", "b");
  run(7, "(a*)b\\1+", "", "baaaac");
  run(8, "(?=(a+))", "", "baaabac");
  run(9, "(?=(a+))a*b\\1", "", "baaabac");
  run(10, "(.*?)a(?!(a+)b\\2c)\\2(.*)", "", "baaabaac");
  run(11, "^(a+)\\1*,\\1+\$", "", "aaaaaaaaaa,aaaaaaaaaaaaaaa");
  run(12, "(?<=\\\$)\\d+(\\.\\d*)?", "", "cost: \$10.53 or \$7");
  run(13, "(?<!\\\$)\\b\\d+", "", "\$10 20 30");
  run(14, "(?<=(\\d+)(\\d+))\$", "", "1053");
  run(15, "(?<=(o)d\\1)r", "", "hodor");
  run(16, "(?<=\\1d(o))r", "", "hodor");
  run(17, "(?<!abc)\\w\\w\\w", "", "abcdef");
  run(18, "(?<=a(?=b)b)c", "", "abc");
  run(19, "(a)|\\1b", "", "b");
  run(20, "\\1(a)", "", "aa");
  run(21, "(?:(a)|b)+", "", "ab");
  run(22, "((a)|b)+", "", "ab");
  run(23, "(a+)+b", "", "aaab");
  run(24, "(|a)*b", "", "aab");
  run(25, "(a?)*?b", "", "aab");
  run(26, "(?:a|())*b", "", "aab");
  run(27, "(?:(?=(a)))?a", "", "a");
  run(28, "(?=(a))?a", "", "a");
  run(29, "(a){0}b", "", "ab");
  run(30, "a{0}", "", "aa");
  run(31, "(?:ab){2}", "", "abababab");
  run(32, "x{2,}", "", "x xx xxxxx");
  run(33, "x{2,3}?", "", "xxxxxxx");
  run(34, "<.+?>", "", "<a><bb>");
  run(35, "<.+>", "", "<a><bb>");
  run(36, "(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)(l)(m)(n)(o)(p)(q)\\17", "", ".abcdefghijklmnopqq.");
  run(37, "(a)?(b)?c", "", "bc ac c");
}
