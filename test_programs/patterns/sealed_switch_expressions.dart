// Switch expressions over a sealed class family, records and enums, with guards.
// Expected output derived from the patterns feature specification (dart-lang/language
// accepted/3.0/patterns/feature-specification.md, "Switch expression": the cases are tried in
// order, a guard is evaluated only when its pattern matched, the value is the first matching
// case's body; object patterns call the named getters, `:name` takes the name from the
// variable) and the class modifiers specification (a sealed class's direct subtypes are known,
// so the switches below are exhaustive without a default).

sealed class Expr {}

class Num extends Expr {
  final int value;
  Num(this.value);
}

class Add extends Expr {
  final Expr left, right;
  Add(this.left, this.right);
}

class Mul extends Expr {
  final Expr left, right;
  Mul(this.left, this.right);
}

class Neg extends Expr {
  final Expr operand;
  Neg(this.operand);
}

int eval(Expr e) => switch (e) {
      Num(:var value) => value,
      Add(:var left, :var right) => eval(left) + eval(right),
      Mul(left: Num(value: 0)) || Mul(right: Num(value: 0)) => 0,
      Mul(:var left, :var right) => eval(left) * eval(right),
      Neg(:var operand) => -eval(operand),
    };

String show(Expr e) => switch (e) {
      Num(value: var v) when v < 0 => '($v)',
      Num(value: var v) => '$v',
      Add(:var left, :var right) => '${show(left)} + ${show(right)}',
      Mul(:var left, :var right) => '${show(left)} * ${show(right)}',
      Neg(operand: Num() && var inner) => '-${show(inner)}',
      Neg(:var operand) => '-(${show(operand)})',
    };

enum Suit { clubs, diamonds, hearts, spades }

String color(Suit s) => switch (s) {
      Suit.clubs || Suit.spades => 'black',
      Suit.diamonds || Suit.hearts => 'red',
    };

String compare((int, int) pair) => switch (pair) {
      (var a, var b) when a < b => 'less',
      (var a, var b) when a > b => 'greater',
      _ => 'equal',
    };

String flags(bool a, bool? b) => switch ((a, b)) {
      (true, true) => 'both',
      (true, false) => 'first',
      (false, true) => 'second',
      (false, false) => 'neither',
      (_, null) => 'unknown',
    };

void main() {
  var e = Add(Num(2), Mul(Num(3), Neg(Num(-4))));
  print(show(e));
  print(eval(e));
  print(eval(Mul(Num(0), Add(Num(1), Num(2)))));
  print(eval(Mul(Add(Num(1), Num(2)), Num(0))));
  print(show(Neg(Add(Num(1), Num(2)))));
  for (var s in Suit.values) print('${s.name} ${color(s)}');
  print(compare((1, 2)));
  print(compare((3, 2)));
  print(compare((2, 2)));
  print(flags(true, true));
  print(flags(false, true));
  print(flags(false, false));
  print(flags(true, null));
  // A switch expression is an expression: nested, as an argument, in a string.
  var n = 3;
  print('n is ${switch (n) { 1 => 'one', 2 => 'two', _ => 'many' }}');
  var total = [for (var x in [Num(1), Neg(Num(2)), Add(Num(3), Num(4))]) eval(x)];
  print(total);
}
