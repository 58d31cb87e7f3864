// Conformance: Libraries — imports with prefixes and `show`/`hide` combinators, library
// privacy, top-level getters/setters and variables of another library (dartLangSpec.tex,
// "Libraries and Scripts", "Imports", "Privacy"): a prefix keeps two libraries' equal names
// apart; `_names` are private to their library, and two libraries' private names never clash.
// Expectations derived from the specification.
import '../lib/library_a.dart' as a;
import '../lib/library_b.dart' as b show describe, Shared;
import '../lib/library_b.dart' hide describe, hiddenInB, Shared;
import '../lib/expect.dart';

class Local {
  int _hidden = 99; // a private name equal to library_a's, but a different member
}

String hiddenInB() => 'local';

void main() {
  Expect.equals('a', a.describe());
  Expect.equals('b', b.describe());
  Expect.equals('only b', onlyInB(), 'unprefixed import with hide');
  Expect.equals('local', hiddenInB(), 'the hidden name does not conflict');
  Expect.equals('a', a.Shared().from);
  Expect.equals('b', b.Shared().from);
  Expect.isFalse(a.Shared() is b.Shared);
  Expect.equals('private a', a.revealSecret());
  Expect.equals(1, a.Shared().hidden);
  Expect.equals(99, Local()._hidden);

  Expect.equals(0, a.counter);
  a.counter++;
  Expect.equals(1, a.counter, 'a library variable through a prefix');
  a.topSetter = 7;
  Expect.equals(7, a.counter);
  Expect.equals('getter a', a.topGetter);
}
