// The standard upper bound UP of a type variable and another type (upper-lower-bounds.md, "UP"
// rules for type variables): UP(X extends B, T) is T when X <: T, X when T <: X, and otherwise
// UP(B', T) with B' the greatest closure of B with respect to X. An unbounded X has the bound
// Object?, so UP(X, int) is Object? (a list literal `[x, 1]` is a List<Object?>; dartc used to
// take Object and reject the literal). UP(X?, T) is UP(X, T)?, and UP(X, Null) is X?.
//
// Expectations derived by hand from those rules. `staticType` prints the static type of its
// argument through a type argument inferred from it; a list literal's runtimeType shows its
// inferred element type, as the VM prints it.
String staticType<T>(T value) => '$T';

bool flag = DateTime.now().year > 2000;

List<Object?> unbounded<T>(T t) {
  var list = [t, 1];
  print('[t, 1]: ${list.runtimeType}');
  print('flag ? t : 1: ${staticType(flag ? t : 1)}');
  print('flag ? t : null: ${staticType(flag ? t : null)}');
  return list;
}

void bounded<N extends num, S extends N>(N n, S s, N? maybe) {
  print('[n, 1]: ${[n, 1].runtimeType}');
  print("[n, 'x']: ${[n, 'x'].runtimeType}");
  print('[maybe, 1]: ${[maybe, 1].runtimeType}');
  print('flag ? s : n: ${staticType(flag ? s : n)}');
  print('flag ? s : 2.5: ${staticType(flag ? s : 2.5)}');
}

void fBounded<C extends Comparable<C>>(C c) {
  print("[c, 'x']: ${[c, 'x'].runtimeType}");
}

void main() {
  // A generic local function with an inferred return type: List<Object?>.
  pair<A, B>(A a, B b) => [a, b];
  var p = pair(1, 'one');
  print('pair: $p ${p.runtimeType}');
  print('pair returns: ${staticType(pair<int, int>)}');
  print(unbounded<String>('s'));
  bounded<int, int>(3, 4, null);
  fBounded<String>('c');
}
