// The operations of the exceptions benchmark (exceptions_try.dart, exceptions_plain.dart): an
// LCG and a xorshift step that throw for negative input (never given).
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

// Always true at run time, unknown at compile time: both classes stay reachable, so the call in
// the loop goes through the dispatch table.
Op pickOp() => DateTime.now().millisecondsSinceEpoch > 0 ? Lcg() : Xorshift();
