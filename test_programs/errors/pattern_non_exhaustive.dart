// Non-exhaustive switches over always-exhaustive types: the analyzer's
// NON_EXHAUSTIVE_SWITCH_EXPRESSION / NON_EXHAUSTIVE_SWITCH_STATEMENT, naming a value the cases
// don't match (patterns feature specification, "Exhaustiveness and reachability").
sealed class Shape {}

class Circle extends Shape {}

class Square extends Shape {}

enum E { a, b }

int area(Shape s) => switch (s) { Square() => 1 };

void pairs((E, bool) r) {
  switch (r) {
    case (E.a, false):
      print(1);
    case (E.a, true):
      print(2);
    case (E.b, true):
      print(3);
  }
}

int maybe(bool? b) => switch (b) { true => 1, false => 2 };

int lists(List<int> l) => switch (l) { [] => 0, [_] => 1 };

int guarded(E e) => switch (e) { E.a => 0, E.b when e.index > 0 => 1 };

int nested(Shape? s) => switch (s) { Circle() => 1, null => 0 };

void main() {}
