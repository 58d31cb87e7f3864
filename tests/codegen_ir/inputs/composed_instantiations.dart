// Input of the codegen-ir checks `composed-instantiation-*` (CMakeLists.txt): `List<X>.filled`
// inside a generic class, where X mentions the class's parameter, inlines `_GrowableList<X>._filled`,
// whose `_List<X?>` is instantiated from the factory's vector `[X]`, itself instantiated from the
// class's vector. Each method is called on receivers of two instantiations, so the vectors are not
// constants; they are kept out of main (never-inline) so that the checks read their own code.
class Wrap<E> {
  @pragma('vm:never-inline')
  List<E?> nullables(int n) => List<E?>.filled(n, null);
  @pragma('vm:never-inline')
  List<List<E>> pairs() => List<List<E>>.filled(2, <E>[], growable: true);
}

void main(List<String> args) {
  final wraps = <Wrap<Object>>[Wrap<int>(), Wrap<String>()];
  for (final w in wraps) {
    print('${w.nullables(args.length + 1).runtimeType} ${w.pairs().runtimeType}');
  }
}
