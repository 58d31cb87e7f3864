// Exceptions benchmark, `try` version: the same hot loop as exceptions_plain.dart with a
// try/catch around the call in the loop body. The call goes through the dispatch table (two
// implementations of Op are allocated and the one used is chosen at run time), so it is not
// inlined and could throw; it never does. Run by tools/bench/exceptions.
import 'exceptions_ops.dart';

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
  print(run(pickOp(), 200000000));
}
