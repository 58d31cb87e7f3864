// Are We Fast Yet: List (see list.dart).

public final class List extends Benchmark {
  static final class Element {
    final Object val;
    Element next;

    Element(Object v) {
      val = v;
    }

    int length() {
      return next == null ? 1 : 1 + next.length();
    }
  }

  @Override
  long benchmark() {
    return tail(makeList(15), makeList(10), makeList(6)).length();
  }

  private Element makeList(int length) {
    if (length == 0) {
      return null;
    }
    Element e = new Element(length);
    e.next = makeList(length - 1);
    return e;
  }

  private boolean isShorterThan(Element x, Element y) {
    Element xTail = x;
    Element yTail = y;
    while (yTail != null) {
      if (xTail == null) {
        return true;
      }
      xTail = xTail.next;
      yTail = yTail.next;
    }
    return false;
  }

  private Element tail(Element x, Element y, Element z) {
    if (isShorterThan(y, x)) {
      return tail(tail(x.next, y, z), tail(y.next, z, x), tail(z.next, x, y));
    }
    return z;
  }

  public static void main(String[] args) {
    Harness.run(args, new List());
  }
}
