// Promotion of another object's private field (field promotion, Dart 3.2) ends where the
// receiver variable may have changed: after an assignment to it, at the head of a loop that
// assigns it, and when a closure assigns it (then it is not promoted at all). Each use below
// reads a field that may be null (the analyzer's UNCHECKED_USE_OF_NULLABLE_VALUE, and
// ARGUMENT_TYPE_NOT_ASSIGNABLE for the operand of `+=`).
class C {
  final int? _x;
  C(this._x);
}

int assigned(C c) {
  if (c._x == null) return 0;
  c = C(null);
  return c._x + 1;
}

int loop(C c) {
  if (c._x == null) return 0;
  var sum = 0;
  for (var i = 0; i < 3; i++) {
    sum += c._x;
    c = C(i);
  }
  return sum;
}

int closure(C c) {
  void reset() {
    c = C(null);
  }

  if (c._x == null) return 0;
  reset();
  return c._x + 1;
}

void main() {}
