// Expected output derived by hand from the extension methods feature specification
// (dart-lang/language, accepted/2.7/static-extension-methods, "Explicit Extension Member
// Invocation"): `E(e)` and `E<T>(e)` select the extension's member whatever other extensions
// apply; its type arguments are inferred from `e` or given; with `?.` the receiver is tested for
// null first (the whole selector chain is then null); composite forms read and write through
// the same extension, evaluating `e` once.
extension Twice on int {
  int get twice => this * 2;
  String describe() => 'Twice($this)';
}

extension Other on int {
  String describe() => 'Other($this)';
}

extension Show<T> on T {
  String m() => 'm<$T>($this)';
}

extension Counter on List<int> {
  int get count => length;
  set count(int n) {
    print('set count $n');
    while (length < n) add(0);
  }
  int operator [](String key) => key.length;
  void operator []=(String key, int value) {
    print('[$key] = $value');
    add(value);
  }
  int operator +(int other) => length + other;
  int operator -() => -length;
  int call(int x) => x + length;
}

int? nothing() => null;

List<int> source(List<int> l) {
  print('source');
  return l;
}

int value(int v) {
  print('value $v');
  return v;
}

void main() {
  print(Twice(21).twice);
  print(Twice(3).describe());
  print(Other(3).describe());
  int x = 4;
  print(Show<num>(x).m());
  print(Show(x).m());
  print(Twice(nothing())?.twice);
  print(Twice(nothing())?.describe().length);
  print(Twice(5)?.twice);
  var l = <int>[7];
  print(Counter(l).count);
  Counter(source(l)).count = value(3);
  Counter(source(l)).count += 1;
  print(l);
  print(Counter(l)['abc']);
  Counter(source(l))['k'] = value(9);
  Counter(l)['xy'] += 1;
  print(l);
  print(Counter(l) + 1);
  print(-Counter(l));
  print(Counter(l)(100));
}
