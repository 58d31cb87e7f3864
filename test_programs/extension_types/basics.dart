// Expected output derived by hand from the extension types feature specification
// (dart-lang/language, accepted/3.3/extension-types/feature-specification.md):
// - the primary constructor `IdNumber(int id)` introduces the representation field `id`, read
//   by name (42, 7, ...); other constructors initialize it with `: id = e`, `this.id`, redirect
//   with `: this(e)`, or are factories ("Constructors");
// - members (operators, methods, getters, setters, static members) are resolved statically on
//   the extension type ("Static analysis of an extension type member invocation");
// - at run time the extension type is its representation type ("Dynamic semantics"): the value
//   prints as the int, its runtimeType is `int`, `is`/`as` test `int`, `<IdNumber>[]` is a
//   `List<int>`, the type literal `IdNumber` evaluates to `int`, `==`/`hashCode` are int's, and
//   dynamic invocations see int's members.
extension type IdNumber(int id) {
  bool operator <(IdNumber other) => id < other.id;
  bool isValid() => id > 0;
  int get doubled => id * 2;
  set value(int v) {
    print('set $v on $id');
  }

  static IdNumber zero = IdNumber(0);
  static IdNumber parse(String s) => IdNumber(int.parse(s));

  IdNumber.fromString(String s) : id = int.parse(s);
  IdNumber.twice(int x) : this(x * 2);
  IdNumber.copy(this.id);
  factory IdNumber.positive(int x) => IdNumber(x < 0 ? -x : x);

  // Calls to other members through implicit `this`.
  String describe() => 'IdNumber($id, valid: ${isValid()}, doubled: $doubled)';
}

void main() {
  var a = IdNumber(42);
  var b = IdNumber.fromString('7');
  print(a.id);
  print(a < b);
  print(b < a);
  print(a.isValid());
  print(IdNumber(-1).isValid());
  print(a.doubled);
  a.value = 3;
  print(IdNumber.zero.id);
  print(IdNumber.parse('12').id);
  print(IdNumber.twice(5).id);
  print(IdNumber.copy(8).id);
  print(IdNumber.positive(-9).id);
  print(a.describe());

  // Run time: the value is the int itself.
  print(a);
  print(a.runtimeType);
  Object? o = a;
  print(o is int);
  print(o is IdNumber);
  print('x' is IdNumber);
  print((o as IdNumber).id);
  print(<IdNumber>[a, b].runtimeType);
  print(<IdNumber>[a, b]);
  print(IdNumber);
  print(a == IdNumber(42));
  print(a.hashCode == 42.hashCode);
  print(identical(a, 42));
  dynamic d = a;
  print(d.isEven);
  print(d + 1);
  var ids = [IdNumber(3), IdNumber(1), IdNumber(2)];
  ids.sort((x, y) => x < y ? -1 : (y < x ? 1 : 0));
  print(ids.map((i) => i.id).toList());
}
