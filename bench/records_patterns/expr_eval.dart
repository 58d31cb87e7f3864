// Records and patterns: an expression-tree evaluator written the Dart 3 way, with a sealed class
// family, switch expressions with object, record and logical-or patterns, and records as
// multiple return values. The C++ and JavaScript versions (expr_eval.cpp, expr_eval.js) are the
// same algorithm in the visitor style those languages would use.
// Each round builds a random tree (Park-Miller numbers), simplifies it (constant folding and
// algebraic identities), evaluates both trees at 16 points modulo 1000003 and measures node
// count and depth. Prints a checksum.
//   expr_eval [rounds]     (default 1)

const int modulus = 1000003;

sealed class Expr {}

final class Num extends Expr {
  final int value;
  Num(this.value);
}

final class Var extends Expr {}

final class Add extends Expr {
  final Expr left, right;
  Add(this.left, this.right);
}

final class Sub extends Expr {
  final Expr left, right;
  Sub(this.left, this.right);
}

final class Mul extends Expr {
  final Expr left, right;
  Mul(this.left, this.right);
}

final class Neg extends Expr {
  final Expr operand;
  Neg(this.operand);
}

int seed = 42;

int next() {
  seed = (seed * 16807) % 2147483647;
  return seed;
}

final Var x = Var();

Expr build(int depth) {
  if (depth == 0) return next() % 3 == 0 ? x : Num(next() % 10);
  switch (next() % 10) {
    case 0 || 1 || 2:
      return Add(build(depth - 1), build(depth - 1));
    case 3 || 4 || 5:
      return Mul(build(depth - 1), build(depth - 1));
    case 6 || 7:
      return Sub(build(depth - 1), build(depth - 1));
    case 8:
      return Neg(build(depth - 1));
    default:
      return next() % 3 == 0 ? x : Num(next() % 10);
  }
}

int eval(Expr e, int at) => switch (e) {
      Num(:final value) => value,
      Var() => at,
      Add(:final left, :final right) => (eval(left, at) + eval(right, at)) % modulus,
      Sub(:final left, :final right) => (eval(left, at) - eval(right, at) + modulus) % modulus,
      Mul(:final left, :final right) => (eval(left, at) * eval(right, at)) % modulus,
      Neg(:final operand) => (modulus - eval(operand, at)) % modulus,
    };

Expr simplify(Expr e) => switch (e) {
      Num() || Var() => e,
      Add(:final left, :final right) => switch ((simplify(left), simplify(right))) {
          (Num(value: 0), final r) => r,
          (final l, Num(value: 0)) => l,
          (Num(value: final a), Num(value: final b)) => Num((a + b) % modulus),
          (final l, final r) => Add(l, r),
        },
      Sub(:final left, :final right) => switch ((simplify(left), simplify(right))) {
          (final l, Num(value: 0)) => l,
          (Num(value: final a), Num(value: final b)) => Num((a - b + modulus) % modulus),
          (final l, final r) => Sub(l, r),
        },
      Mul(:final left, :final right) => switch ((simplify(left), simplify(right))) {
          (Num(value: 0), _) || (_, Num(value: 0)) => Num(0),
          (Num(value: 1), final r) => r,
          (final l, Num(value: 1)) => l,
          (Num(value: final a), Num(value: final b)) => Num((a * b) % modulus),
          (final l, final r) => Mul(l, r),
        },
      Neg(:final operand) => switch (simplify(operand)) {
          Num(:final value) => Num((modulus - value) % modulus),
          Neg(:final operand) => operand,
          final o => Neg(o),
        },
    };

(int, int) measure(Expr e) => switch (e) {
      Num() || Var() => (1, 1),
      Neg(:final operand) => switch (measure(operand)) { (final n, final d) => (n + 1, d + 1) },
      Add(:final left, :final right) || Sub(:final left, :final right) || Mul(:final left, :final right) =>
        combine(measure(left), measure(right)),
    };

(int, int) combine((int, int) a, (int, int) b) {
  final (n1, d1) = a;
  final (n2, d2) = b;
  return (n1 + n2 + 1, (d1 > d2 ? d1 : d2) + 1);
}

int round() {
  final tree = build(14);
  final simple = simplify(tree);
  var checksum = 0;
  for (var at = 0; at < 16; at++) {
    final v = eval(tree, at * 7919);
    if (v != eval(simple, at * 7919)) throw StateError('simplification changed the value');
    checksum = (checksum + v) % modulus;
  }
  final (nodes, depth) = measure(tree);
  final (simpleNodes, simpleDepth) = measure(simple);
  return checksum + nodes + depth + simpleNodes + simpleDepth;
}

void main(List<String> args) {
  final rounds = args.isEmpty ? 1 : int.parse(args[0]);
  var checksum = 0;
  for (var r = 0; r < rounds; r++) {
    checksum += round();
  }
  print(checksum);
}
