// In a constructor, as in any function, a variable that a closure writes is never promoted: the
// closure may run between the test and the use. dartc used to skip the pre-scan of closure
// writes for constructor bodies and initializer lists (and factory bodies), so these promotions
// were kept and the uses read null at run time.
class Body {
  Body(int seed) {
    int? x = seed > 2 ? 5 : null;
    void clear() {
      x = null;
    }

    if (x != null) {
      clear();
      print(x + 1);
    }
  }
}

class Initialized {
  final void Function() reset;
  Initialized(int? p) : reset = (() { p = null; }) {
    if (p != null) {
      reset();
      print(p.isEven);
    }
  }
}

class Made {
  factory Made(int? q) {
    void drop() {
      q = null;
    }

    if (q != null) {
      drop();
      print(q.isOdd);
    }
    return Made._();
  }
  Made._();
}

void main() {
  Body(3);
  Initialized(4);
  Made(5);
}
