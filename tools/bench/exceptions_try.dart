// Exceptions benchmark, `try` version: the same hot loop as exceptions_plain.dart with a
// try/catch around the call in the loop body. The call goes through the dispatch table (two
// implementations of Op are allocated and the one used is chosen at run time), so it is not
// inlined and could throw; it never does. Run by tools/bench/exceptions.
abstract class Op {
  int apply(int x);
}

class Lcg implements Op {
  int apply(int x) {
    if (x < 0) throw StateError('negative: $x');
    return (x * 1103515245 + 12345) & 0x7fffffff;
  }
}

class Xorshift implements Op {
  int apply(int x) {
    if (x < 0) throw StateError('negative: $x');
    x ^= (x << 13) & 0x7fffffff;
    x ^= x >> 17;
    return x & 0x7fffffff;
  }
}

int run(Op op, int n) {
  var x = 1;
  var sum = 0;
  for (var i = 0; i < n; i++) {
    try {
      x = op.apply(x ^ (i & 0xff));
    } on StateError {
      x = 1;
    }
    sum = (sum + x) & 0xffffffffffff;
  }
  return sum;
}

void main() {
  // Always true at run time, unknown at compile time: both classes stay reachable.
  Op op = DateTime.now().millisecondsSinceEpoch > 0 ? Lcg() : Xorshift();
  print(run(op, 200000000));
}
