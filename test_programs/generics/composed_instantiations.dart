// Instantiations composed at compile time (issue 10, codegen/src/type_args_folding.cpp): inside
// `Holder<E>`, `List<X>.filled(...)` inlines `_GrowableList<X>._filled`, whose vectors (`_List<X?>`,
// the flattened `_GrowableList<X>`) instantiate a template with the vector `[X]` that was itself
// instantiated from Holder's vector. The compiler composes the two templates and instantiates
// once from Holder's vector; the results must be what the runtime gives step by step, for every
// E: `(E?)?` is `E?`, `Never?` is `Null`, `T?` of an interface, record or function type is
// nullable, FutureOr is left to the runtime's normalization (FutureOr<Object> is Object,
// FutureOr<Null> is Future<Null>?). The holders are read from a list in a loop, so their vectors
// are not constants the compiler could fold outright.
//
// Expectations derived by hand from the Dart specification (NORM: T?? is T?, Never? is Null,
// dynamic? is dynamic, Null? is Null, FutureOr<Object> is Object, FutureOr<Null> is
// Future<Null>?, FutureOr<dynamic> is dynamic, FutureOr<int?> is not made nullable again), the
// VM's printing of types (`List<int?>`, `(() => int)?`, `(int, int)?`), and its TypeError text
// for a covariant store into a list of the wrong element type.
import 'dart:async';

class Holder<E> {
  final String name;
  Holder(this.name);

  List<E?> nullables(int n) => List<E?>.filled(n, null);
  List<List<E>?> lists(int n) => List<List<E>?>.filled(n, null);
  List<(E, int)?> records(int n) => List<(E, int)?>.filled(n, null);
  List<E Function()?> functions(int n) => List<E Function()?>.filled(n, null);
  List<FutureOr<E>> futureOrs(int n, FutureOr<E> fill) => List<FutureOr<E>>.filled(n, fill);
  List<E?> growable(int n) => List<E?>.filled(n, null, growable: true);

  void show(FutureOr<E> fill) {
    final a = nullables(2);
    final b = lists(1);
    final c = records(1);
    final d = functions(1);
    final e = futureOrs(1, fill);
    final g = growable(5);
    print('$name: ${a.runtimeType} ${b.runtimeType} ${c.runtimeType} ${d.runtimeType} ${e.runtimeType} '
        '${g.runtimeType}');
    print('  ${a is List<E?>} ${a is List<E>} ${b is List<List<E>?>} ${c is List<(E, int)?>} '
        '${d is List<E Function()?>} ${e is List<FutureOr<E>>} ${g is List<E?>} ${g.length}');
    try {
      (a as List<Object?>)[0] = 'x';
      print('  stored a String');
    } on TypeError catch (e) {
      print('  $e');
    }
    try {
      (b as List<Object?>)[0] = <Object>[];
      print('  stored a List<Object>');
    } on TypeError catch (e) {
      print('  $e');
    }
  }
}

void main() {
  final holders = <(Holder<Object?>, Object?)>[
    (Holder<int>('int'), 1),
    (Holder<String?>('String?'), null),
    (Holder<Object>('Object'), 'o'),
    (Holder<Null>('Null'), null),
    (Holder<dynamic>('dynamic'), 2.5),
    (Holder<num>('num'), 3),
  ];
  for (final (h, fill) in holders) {
    h.show(fill);
  }
  // Never: no value of FutureOr<Never> is at hand without a future, so only the other lists.
  final never = <Holder<Never>>[Holder<Never>('Never')];
  for (final h in never) {
    print('${h.name}: ${h.nullables(1).runtimeType} ${h.lists(1).runtimeType} ${h.records(1).runtimeType} '
        '${h.functions(1).runtimeType} ${h.growable(1).runtimeType} ${h.nullables(1) is List<Never>}');
  }
}
