// Locals declared without an initializer and assigned before use (issue 9, A0): `int x; x = 1;`
// must not start out by unboxing null, which crashed at -O0. Covers unboxed int, double and bool
// locals, captured ones (kept in a closure context), loop variables, a nullable local (starts as
// null), and functions whose end is unreachable (a non-nullable result after try/finally).
//
// Expectations derived by hand from the language specification (definite assignment: a
// non-nullable local is assigned before it is read; a nullable local without an initializer is
// null; `finally` runs before the function returns).

int viaTryFinally(int n) {
  try {
    return n * 2;
  } finally {
    print('finally $n');
  }
}

bool positive(int n) {
  if (n > 0) {
    return true;
  } else {
    return false;
  }
}

void main() {
  int x;
  x = 1;
  print(x);

  double d;
  bool b;
  if (x > 0) {
    d = 2.5;
    b = true;
  } else {
    d = -1.0;
    b = false;
  }
  print('$d $b');

  int captured;
  captured = 40;
  int add(int k) => captured + k;
  print(add(2));

  int? maybe;
  print(maybe);
  maybe = 7;
  print(maybe);

  int sum = 0;
  for (int i; sum < 3;) {
    i = sum;
    sum += i + 1;
  }
  print(sum);

  String s;
  switch (x) {
    case 1:
      s = 'one';
    default:
      s = 'other';
  }
  print(s);

  print(viaTryFinally(21));
  print(positive(3));
}
