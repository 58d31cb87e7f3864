// Conformance: Extensions — special extension members (dartLangSpec.tex, "Extensions"; feature
// spec accepted/2.7/static-extension-methods): a `call` method makes the receiver callable
// (`a(1)`), `operator []=` supports index assignment, generic extension methods accept explicit
// type arguments (`e.m<R>()`), and an unqualified name inside an extension that is not in scope
// resolves as `this.name`, which may itself be another extension's member.
// Expectations derived from the specification. Regression test for issue 9, B (more extension
// members).
import '../lib/expect.dart';

extension Callable on Object {
  String call(int n) => 'called with $n';
}

class Grid {
  final Map<int, String> cells = {};
}

extension GridIndex on Grid {
  String? operator [](int i) => cells[i];
  void operator []=(int i, String v) {
    cells[i] = v;
  }
}

extension Convert on Object {
  R as2<R>() => this as R;
  List<R> wrap<R>(R r) => <R>[r];
}

extension Helper on String {
  String get shout => toUpperCase();
}

extension UsesHelper on String {
  String get loud => '$shout!'; // `shout` resolves as `this.shout`, through Helper
}

void main() {
  Object a = 5;
  Expect.equals('called with 1', a(1));

  var g = Grid();
  g[3] = 'x';
  Expect.equals('x', g[3]);
  g[3] = g[3]! + 'y';
  Expect.equals('xy', g.cells[3]);

  Object n = 3;
  Expect.equals(3, n.as2<int>());
  Expect.equals('List<num>', n.wrap<num>(1).runtimeType.toString());

  Expect.equals('HI!', 'hi'.loud);
}
