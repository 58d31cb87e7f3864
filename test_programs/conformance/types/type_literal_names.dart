// Conformance: Types — the text of a type literal naming a class that the program never
// instantiates (dartLangSpec.tex, "Type Objects"; dart:core `Type.toString`).
// Expectations derived from the specification and the VM: a type object prints as the type is
// written, whatever instances exist.
import '../lib/expect.dart';

abstract class Unused {}

class Box<T> {}

void main() {
  Expect.equals('Unused', '$Unused');
  Expect.equals('Box<Unused>', '${Box<Unused>}');
  Expect.equals('Map<String, int>', '${Map<String, int>}');
  Expect.equals('Iterable<Unused>', '${Iterable<Unused>}');
  Expect.equals('Box<Unused>', Box<Unused>().runtimeType.toString());
}
