// Expected output derived by hand from the extension methods feature specification
// (dart-lang/language, accepted/2.7/static-extension-methods): an unnamed extension applies like
// a named one; a `call` member makes `a(1)` valid on any value the extension applies to; `[]=`
// may be an extension operator; a generic member takes explicit type arguments of its own after
// the extension's inferred ones (`e.m<R>()`); inside an extension an unqualified name that is not
// declared in scope means `this.name`, which may be a member of another extension; static
// members are called through the extension's name. Assignments evaluate the receiver before the
// right-hand side (language specification, "Assignment").
extension<T> on List<T> {
  T get second => this[1];
}

extension Callable on Object {
  int call(int x) => x + 1;
}

class Grid {
  final List<int> cells = [0, 0, 0];
}

extension GridIndex on Grid {
  int operator [](int i) => cells[i];
  void operator []=(int i, int v) {
    print('grid[$i] = $v');
    cells[i] = v;
  }
}

extension Convert on int {
  R as2<R>(R Function(int) f) => f(this);
  List<R> repeat<R>(R r) => List<R>.filled(this, r);
}

extension Greeting on String {
  String get greeting => 'Hello, $name';
  set shout(String s) => print('shout $s!');
  void shoutTwice() {
    shout = this;
    shout = this + this;
  }
  static String join(String a, String b) => '$a+$b';
}

extension Naming on String {
  String get name => toUpperCase();
}

Grid grid() {
  print('grid');
  return Grid();
}

int rhs() {
  print('rhs');
  return 5;
}

void main() {
  print([1, 2, 3].second);
  print(<String>['a', 'b'].second);
  Object a = 'anything';
  print(a(1));
  print(41(1));
  var g = Grid();
  g[1] = 7;
  g[1] += 2;
  g[2]++;
  print(g.cells);
  grid()[0] = rhs();
  print(3.as2<String>((i) => 'i$i'));
  print(3.as2((i) => i * 1.5));
  print(2.repeat<num>(1).runtimeType);
  print(2.repeat('x'));
  print('dart'.greeting);
  'hey'.shoutTwice();
  print(Greeting.join('a', 'b'));
}
