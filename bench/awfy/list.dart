// Are We Fast Yet: List. Builds singly linked lists and runs the recursive "tail" function of
// the Takeuchi family on them; the result is the length of the list it returns (10 per call).
import 'harness.dart';

class Element {
  Object val;
  Element? next;

  Element(this.val);

  int length() {
    final n = next;
    return n == null ? 1 : 1 + n.length();
  }
}

class ListBenchmark extends Benchmark {
  @override
  int benchmark() => tail(makeList(15), makeList(10), makeList(6)).length();

  Element? makeList(int length) {
    if (length == 0) return null;
    return Element(length)..next = makeList(length - 1);
  }

  bool isShorterThan(Element? x, Element? y) {
    var xTail = x;
    var yTail = y;
    while (yTail != null) {
      if (xTail == null) return true;
      xTail = xTail.next;
      yTail = yTail.next;
    }
    return false;
  }

  Element tail(Element? x, Element? y, Element? z) {
    if (isShorterThan(y, x)) {
      return tail(tail(x!.next, y, z), tail(y!.next, z, x), tail(z!.next, x, y));
    }
    return z!;
  }
}

void main(List<String> args) => runBenchmark(args, ListBenchmark.new);
