// `==` with an operand whose type is a type variable (issue 9, B).
//
// Expectations derived from the language specification: `e1 == e2` is `e1.==(e2)` except that
// null operands never reach `==`, so e2 only has to be assignable to the parameter type made
// nullable (`Object?` for Object.==); `U other` with U's bound `Object?` is fine. The results
// are those of the operands' own `==`.
class Box<U> {
  U v;
  Box(this.v);
  bool same(U other) => v == other;
  bool differs(U other) => other != v;
}

class P {
  final int x;
  P(this.x);
  @override
  bool operator ==(Object other) => other is P && other.x == x;
  @override
  int get hashCode => x;
}

void main() {
  print(Box(1).same(1));
  print(Box('a').same('b'));
  print(Box<int?>(null).same(null));
  print(Box<int?>(null).same(3));
  print(Box(P(2)).same(P(2)));
  print(Box(P(2)).differs(P(3)));
  int? maybe = 5;
  print(5 == maybe);
}
