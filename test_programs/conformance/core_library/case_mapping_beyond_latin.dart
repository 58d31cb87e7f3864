// Conformance: dart:core String.toUpperCase/toLowerCase beyond Latin-1, Greek and Cyrillic
// (dart:core documentation: case conversion follows Unicode; the VM maps each UTF-16 code unit
// with the Unicode simple case mapping tables of runtime/vm/unicode_data.cc, so every BMP letter
// that has a simple mapping is converted).
// Expectations derived from the Unicode simple case mappings (UnicodeData.txt fields 12-13).
// pending: new bug (not in issue 9): only Latin-1, Latin Extended-A, Greek and Cyrillic are
//   mapped; other letters are returned unchanged (a silently wrong result)
import '../lib/expect.dart';

void main() {
  Expect.equals('\u01C4', '\u01C6'.toUpperCase(), 'Latin Extended-B dz digraph');
  Expect.equals('\u1EA0', '\u1EA1'.toUpperCase(), 'Latin Extended Additional a with dot below');
  Expect.equals('\u0531', '\u0561'.toUpperCase(), 'Armenian ayb');
  Expect.equals('\uFF21', '\uFF41'.toUpperCase(), 'fullwidth a');
  Expect.equals('\u24B6', '\u24D0'.toUpperCase(), 'circled a');
  Expect.equals('\u01C6', '\u01C4'.toLowerCase());
  Expect.equals('\u1EA1', '\u1EA0'.toLowerCase());
  Expect.equals('\u0561', '\u0531'.toLowerCase());
  Expect.equals('\uFF41', '\uFF21'.toLowerCase());
  Expect.equals('VIỆT NAM', 'việt nam'.toUpperCase());
}
