// Expected output derived by hand from the extension methods feature specification
// (dart-lang/language, accepted/2.7/static-extension-methods, "Semantics of Invocations"): a
// member runs with the extension's type parameters bound to the type arguments inferred from the
// receiver's static type (or given explicitly), and Dart reifies them, so `<T>[]`, `T` and `is T`
// see the real type. Lists print their runtime type as the VM does (`List<int>`).
extension ListCopy<T> on List<T> {
  List<T> copy() => <T>[...this];
  Type get elementType => T;
  bool holds(Object? o) => o is T;
  List<R> mapTo<R>(R Function(T) f) => <R>[for (var x in this) f(x)];
  T Function() firstThunk() => () => this[0];
  Map<T, R> pairWith<R>(R r) => {for (var x in this) x: r};
  T get head => this[0];
  set head(T value) {
    print('set head <$T> $value');
    this[0] = value;
  }
}

extension Wrap<T> on T {
  List<T> get inList => [this];
}

void main() {
  print(<int>[1].copy().runtimeType);
  print(<String>['a'].elementType);
  print(<num>[1].holds(2.5));
  print(<int>[1].holds(2.5));
  print([1, 2].mapTo((x) => '$x').runtimeType);
  print([1, 2].mapTo<Object>((x) => x).runtimeType);
  print(<int>[3].pairWith<bool>(true) is Map<int, bool>);
  print(<int>[3].pairWith<bool>(true) is Map<int, String>);
  print(3.inList.runtimeType);
  print('s'.inList is List<String>);
  var thunk = <double>[1.5].firstThunk();
  print(thunk());
  var ints = <int>[1, 2];
  ints.head = 7;
  ints.head += 1;
  ints.head++;
  print(ints);
  List<num> nums = <int>[5];
  print(nums.elementType);
}
