// unicode: true: code points (surrogate pairs as one character) for the dot, classes and
// quantifiers, \u{...} escapes, the Dart iterator's rule that an empty match in unicode mode
// advances past a whole surrogate pair, and Irregexp's treatment of positions inside a pair (the
// search tries them; no character can be read there, so only zero-width patterns match).
//
// Expected output: the same table run through node's RegExp (V8's Irregexp, the engine behind the
// Dart VM's RegExp) by tools/regexp/cases.py, with the Dart iterator's rule for empty matches;
// each case checked by hand against the specification's algorithm where it gives an example.

import 'lib/match_table.dart';

void main() {
  run(0, ".", "u", "\u{1F600}a");
  run(1, ".", "", "\u{1F600}a");
  run(2, "^.\$", "u", "\u{1F600}");
  run(3, "^.\$", "", "\u{1F600}");
  run(4, "\\u{1F600}", "u", "x\u{1F600}y");
  run(5, "[\\u{1F600}-\\u{1F64F}]+", "u", "a\u{1F603}\u{1F600}b");
  run(6, "\\ud83d\\ude00", "u", "\u{1F600}");
  run(7, "\\ud83d", "u", "\u{1F600} \uD83D");
  run(8, "\\ud83d", "", "\u{1F600}");
  run(9, "", "u", "\u{1F600}a");
  run(10, "", "", "\u{1F600}a");
  run(11, "\\S+", "u", "\u{1F600}\u{1F601} x");
  run(12, "[^a]", "u", "\u{1F600}");
  run(13, "(?<=\u{1F600})x", "u", "\u{1F600}x");
  run(14, "\u{1F600}{2}", "u", "\u{1F600}\u{1F600}\u{1F600}");
  run(15, "\u{1F600}{2}", "", "\u{1F600}\u{1F600}\uDE00");
  run(16, "\\u{61}\\u{0062}", "u", "ab");
  run(17, "(?<!a)(?!b)", "u", "aa\u{1F600}b");
  run(18, "(?<!\\D)", "u", "aa\u{1F600}b");
  run(19, "(?=[\\uDC00-\\uDFFF])", "u", "a\u{1F600}\uDC00");
  run(20, "\\B", "u", "\u{1F600}\u{1F600}");
  run(21, "\\/\\.", "u", "/.");
}
