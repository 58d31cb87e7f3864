// Named groups (?<name>...) and named back-references \k<name>, including forward references
// and references inside their own group (which match the empty string).
//
// Expected output: the same table run through node's RegExp (V8's Irregexp, the engine behind the
// Dart VM's RegExp) by tools/regexp/cases.py, with the Dart iterator's rule for empty matches;
// each case checked by hand against the specification's algorithm where it gives an example.

import 'lib/match_table.dart';

void main() {
  run(0, "(?<year>\\d{4})-(?<month>\\d{2})-(?<day>\\d{2})", "", "on 2024-05-01 and 1999-12-31");
  run(1, "(?<a>.)\\k<a>", "", "xyzzy");
  run(2, "\\k<a>(?<a>x)", "", "xx");
  run(3, "(?<a>x\\k<a>)", "", "xx");
  run(4, "(?<x>a)|(?<y>b)", "", "ba");
  run(5, "(?<\$d_1>\\d)", "", "a1");
  run(6, "(?<\\u0061>.)\\k<a>", "", "bb");
  run(7, "\\k<a>(?<a>b)\\k<a>", "u", "bb");
}
