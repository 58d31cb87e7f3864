// Conformance: Generics — generic local functions whose type parameters are used at run time,
// nested in a generic function (dartLangSpec.tex, "Generics", "Local Function Declaration": a
// local function may declare type parameters; each invocation has its own type arguments,
// inferred or explicit, and the enclosing function's are still in scope).
// Expectations derived from the specification.
import '../lib/expect.dart';

void main() {
  List<Object?> pair<B>(B b) => <Object?>[B, b is int];
  Expect.equals('[String, false]', '${pair('s')}');
  Expect.equals('[int, true]', '${pair(1)}');
  Expect.equals('[num, true]', '${pair<num>(1)}');

  List<List<Object?>> outer<A>(A a) {
    List<Object?> inner<B>(B b) => <Object?>[A, B];
    return [inner<String>('s'), inner(1.5)];
  }

  Expect.equals('[[int, String], [int, double]]', '${outer(1)}');

  List<T> make<T>() => <T>[];
  Expect.equals('List<bool>', make<bool>().runtimeType.toString());
}
