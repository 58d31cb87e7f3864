// noSuchMethod, Invocation and Symbol.
//
// Expectations derived by hand from the language specification (ordinary method invocation: a
// call that finds no member, or a member that doesn't take its arguments, invokes noSuchMethod
// with an Invocation; "noSuchMethod forwarding": a concrete class with a non-trivial
// noSuchMethod implements every unimplemented member of its interface by forwarding to it, with
// its parameters' values, defaults included, and the result checked against the return type)
// and the VM's sources: sdk/lib/_internal/vm/lib/invocation_mirror_patch.dart (a setter's
// memberName ends in '='), symbol_patch.dart (toString 'Symbol("x")'), errors_patch.dart
// (NoSuchMethodError's texts; a forwarder is found as an existing member, so its text says
// "with matching arguments" and shows its signature), and the front end's forwarders, whose
// result check is an implicit cast (TypeError without "in type cast").
String describe(Invocation i) {
  String kind = i.isMethod ? 'method' : (i.isGetter ? 'getter' : 'setter');
  return '${i.memberName} $kind accessor=${i.isAccessor} '
      'positional=${i.positionalArguments} named=${i.namedArguments} types=${i.typeArguments}';
}

// NoSuchMethodError's text without the "Found:" line that follows "with matching arguments"
// (its signature format is VM-internal; this test does not rely on it).
String withoutFound(NoSuchMethodError e) => e.toString().split('\n').take(3).join('\n');

class Recorder {
  int add(int a, int b) => a + b;

  dynamic noSuchMethod(Invocation i) {
    print(describe(i));
    return 'recorded ${i.memberName}';
  }
}

abstract class Shape {
  double area();
  String get name;
  set scale(num factor);
  int count(int a, [int b = 10, int c = 20]);
  String greet({String who = 'world', required int times});
  T pick<T>(T first, T second);
  int operator +(int other);
  int sides = 0;
}

class MockShape implements Shape {
  dynamic noSuchMethod(Invocation i) {
    print(describe(i));
    if (i.memberName == #area) return 2.5;
    if (i.memberName == #name) return 'mock';
    if (i.memberName == #count) return i.positionalArguments.length;
    if (i.memberName == #greet) return 'hi ${i.namedArguments[#who]}';
    if (i.memberName == #pick) return i.positionalArguments[1];
    if (i.memberName == #+) return 99;
    if (i.memberName == #sides) return 4;
    return null;
  }
}

// Inherits a noSuchMethod: it gets forwarders too.
class SubMock extends MockShape {}

class WrongResult implements Shape {
  dynamic noSuchMethod(Invocation i) => 'not a number';
}

// Declares an abstract member itself: the forwarder replaces it.
class Partial {
  int real() => 1;
  int missing(int x);
  dynamic noSuchMethod(Invocation i) => 100 + (i.positionalArguments[0] as int);
}

class Strict implements Shape {
  dynamic noSuchMethod(Invocation i) {
    print('strict: ${i.memberName}');
    return super.noSuchMethod(i);
  }
}

class Plain {
  int add(int a, int b) => a + b;
}

void main() {
  print('--- dynamic calls');
  dynamic r = Recorder();
  print(r.missing(1, 'two', c: 3, b: null));
  print(r.prop);
  r.prop = 7;
  print(r.add(1));
  print(r.add(1, 2));
  print(r.generic<int, String>(0));

  print('--- forwarders');
  Shape s = MockShape();
  print(s.area());
  print(s.name);
  s.scale = 3;
  print(s.count(1));
  print(s.count(1, 2, 3));
  print(s.greet(times: 2));
  print(s.greet(who: 'you', times: 1));
  print(s.pick<String>('a', 'b'));
  print(s + 5);
  print(s.sides);
  s.sides = 6;
  double Function() area = s.area;
  print(area());
  dynamic d = s;
  print(d.count(5, 6));
  print(d.unknown);
  print(SubMock().name);
  print(Partial().real());
  print(Partial().missing(1));

  print('--- results of the wrong type');
  try {
    WrongResult().area();
  } on TypeError catch (e) {
    print(e);
  }
  try {
    WrongResult().scale = 1;
    print('a setter discards the result');
  } on TypeError catch (e) {
    print(e);
  }

  print('--- super.noSuchMethod');
  try {
    Strict().count(1);
  } on NoSuchMethodError catch (e) {
    print(withoutFound(e));
  }
  try {
    Strict().name;
  } on NoSuchMethodError catch (e) {
    print(withoutFound(e));
  }
  try {
    (Strict() as dynamic).other(true);
  } on NoSuchMethodError catch (e) {
    print(withoutFound(e));
  }

  print('--- Object.noSuchMethod');
  dynamic p = Plain();
  for (void Function() call in [() => p.nope(1, a: 'x'), () => p.prop, () => p.prop = 3, () => p.add(1)]) {
    try {
      call();
    } on NoSuchMethodError catch (e) {
      print(withoutFound(e));
    }
  }

  print('--- Invocation objects');
  Invocation m = Invocation.method(#run, [1, 2], {#fast: true});
  print(describe(m));
  print(describe(Invocation.genericMethod(#run, [int], ['x'])));
  print(describe(Invocation.getter(#value)));
  print(describe(Invocation.setter(const Symbol('value='), 5)));
  try {
    m.positionalArguments.add(3);
  } on UnsupportedError catch (e) {
    print(e);
  }
  print(NoSuchMethodError.withInvocation(Plain(), m));
  print(NoSuchMethodError.withInvocation(Plain(), Invocation.method(#run, [])));
  print(NoSuchMethodError.withInvocation(Plain(), Invocation.getter(#value)));
  print(NoSuchMethodError.withInvocation(Plain(), Invocation.setter(#value, 1)));

  print('--- symbols');
  print(#foo);
  print(Symbol('foo') == #foo);
  print(identical(const Symbol('foo'), #foo));
  print(Symbol('foo').hashCode == (#foo).hashCode);
  print(#foo == #bar);
  print(#foo.bar);
  print(#+);
  print([#[], #[]=, #>>, #>>>, #>=, #~, #void, #a.b.c]);
  print(Symbol.empty);
  print(Symbol.unaryMinus);
  print({#a: 1, #b: 2}[Symbol('b')]);
  print((#foo).runtimeType);
  print(#foo.runtimeType); // one symbol: `#a.b` is a qualified name
}
