// ignoreCase (RegExp(caseSensitive: false)): ECMAScript's Canonicalize (§22.2.2.7.3) outside
// unicode mode (the upper case, never from non-ASCII to ASCII) and simple case folding in unicode
// mode, by the runtime's case tables (Unicode 5.1's simple mappings, as the VM's String case
// mapping; every case here means the same in later versions); on characters, classes and
// back-references.
//
// Expected output: the same table run through node's RegExp (V8's Irregexp, the engine behind the
// Dart VM's RegExp) by tools/regexp/cases.py, with the Dart iterator's rule for empty matches;
// each case checked by hand against the specification's algorithm where it gives an example.

import 'lib/match_table.dart';

void main() {
  run(0, "abc", "i", "xABCx aBc");
  run(1, "[a-z]+", "i", "HeLLo W0rld");
  run(2, "[^a]", "i", "Aa");
  run(3, "[^a-z]+", "i", "abcXYZ123");
  run(4, "\\u00e5", "i", "\u00C5");
  run(5, "\\u00df", "i", "SS ss \u00DF");
  run(6, "\\u212a", "i", "kK\u212A");
  run(7, "\\u212a", "iu", "kK\u212A");
  run(8, "k", "iu", "kK\u212A");
  run(9, "\\u017f", "i", "sS\u017F");
  run(10, "\\u017f", "iu", "sS\u017F");
  run(11, "s", "i", "sS\u017F");
  run(12, "[a-z]", "iu", "\u017F\u212A");
  run(13, "\\u00b5", "i", "\u00B5\u039C\u03BC");
  run(14, "\\u03c3", "i", "\u03A3\u03C2\u03C3");
  run(15, "[\\u00e0-\\u00fe]+", "i", "\u00C0\u00C9\u00CE\u00D7\u00F7");
  run(16, "\\u0391\\u0392\\u0393", "i", "\u03B1\u03B2\u03B3");
  run(17, "[\\u0430-\\u044f]+", "i", "\u041F\u0420\u0418\u0412\u0415\u0422");
  run(18, "\\u0130", "i", "iI\u0130");
  run(19, "i", "i", "iI\u0130\u0131");
  run(20, "\\u00ff", "i", "\u0178");
  run(21, "(a)\\1", "i", "aA Aa");
  run(22, "(\\u00e9)\\1", "i", "\u00E9\u00C9");
  run(23, "\\w", "iu", "\u017F\u212A");
  run(24, "\\W", "iu", "\u017F\u212A!");
  run(25, "\\W", "i", "\u017F\u212A!");
  run(26, "\\b", "iu", "a\u017F \u212A!");
  run(27, "\\B[^a]{1,2}", "iu", "A\u03A3\u00E9\u212A\u{1F600}AbB");
  run(28, "\\b", "i", "a\u017F \u212A!");
  run(29, "agggtaaa|tttaccct", "i", "xAGGGTAAAtttaccctx");
  run(30, "[cgt]gggtaaa|tttaccc[acg]", "i", "CGGGTAAA tttacccA");
  run(31, "vi\\u1ec7t", "i", "VI\u1EC6T vi\u1EC7t Vi\u1EC7T viet");
  run(32, "[\\u0561-\\u0586]+", "i", "\u0532\u0561\u0580\u0535\u0582");
  run(33, "\\u03b8", "i", "\u0398\u03B8\u03D1\u03F4");
  run(34, "\\u03b8", "iu", "\u0398\u03B8\u03D1\u03F4");
  run(35, "\\u1e61", "i", "\u1E60\u1E61\u1E9B");
  run(36, "\\u1e9b", "iu", "\u1E60\u1E61\u1E9B");
  run(37, "\\u0345", "i", "\u0399\u03B9\u1FBE\u0345");
  run(38, "[\\u2170-\\u217f]+", "i", "\u2160\u216B\u2170");
  run(39, "\\uff41+", "i", "\uFF21\uFF41");
  run(40, "\\u01c5", "i", "\u01C4\u01C5\u01C6");
  run(41, "\\u01c5", "iu", "\u01C4\u01C5\u01C6");
  run(42, "[\\u2c30-\\u2c5e]+", "i", "\u2C00\u2C01\u2C30");
}
