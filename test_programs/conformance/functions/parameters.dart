// Conformance: Functions — "Formal Parameters": required positional, optional positional and
// named parameters, default values, `required` named parameters (dartLangSpec.tex, "Formal
// Parameters", "Binding Actuals to Formals").
// Expectations derived from the specification: omitted optional parameters take their default
// (null when none and the type is nullable); named arguments may come in any order.
import '../lib/expect.dart';

String positional(int a, [int b = 2, int? c]) => '$a $b $c';
String named(int a, {int b = 2, int? c, required String d}) => '$a $b $c $d';

class Defaults {
  static const fallback = 'f';
  String m([String s = fallback, List<int> l = const [1]]) => '$s $l';
}

void main() {
  Expect.equals('1 2 null', positional(1));
  Expect.equals('1 5 null', positional(1, 5));
  Expect.equals('1 5 6', positional(1, 5, 6));
  Expect.equals('1 2 null x', named(1, d: 'x'));
  Expect.equals('1 3 4 x', named(1, c: 4, d: 'x', b: 3));
  Expect.equals('1 2 null y', named(d: 'y', 1), 'named argument before the positional one');
  Expect.equals('f [1]', Defaults().m());
  Expect.identical(const [1], Defaults().mDefaultList(), 'default values are constants');

  // Function-typed parameters and parameters of function type.
  int twice(int Function(int) f, int x) => f(f(x));
  Expect.equals(12, twice((x) => x * 2, 3));
  String callWith(String f(String s)) => f('in');
  Expect.equals('in!', callWith((s) => '$s!'));

  // Optional parameters of function type default to null.
  String maybe([String Function()? f]) => f == null ? 'none' : f();
  Expect.equals('none', maybe());
  Expect.equals('some', maybe(() => 'some'));
}

extension on Defaults {
  List<int> mDefaultList() {
    List<int>? seen;
    void capture([List<int> l = const [1]]) {
      seen = l;
    }

    capture();
    return seen!;
  }
}
