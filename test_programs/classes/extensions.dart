// Expected output derived by hand: extension members are resolved statically from the receiver's
// static type; inside an extension `this` (explicit or implicit) is the receiver; extensions on
// generic types infer their type parameters; static members are called through the extension.
extension StringStats on String {
  int get vowels {
    var n = 0;
    for (var i = 0; i < length; i++) {
      if ('aeiou'.contains2(this[i])) n++;
    }
    return n;
  }

  bool contains2(String s) {
    for (var i = 0; i < length; i++) {
      if (this[i] == s) return true;
    }
    return false;
  }

  String repeat(int times, {String separator = ''}) {
    var out = '';
    for (var i = 0; i < times; i++) {
      if (i > 0) out += separator;
      out += this;
    }
    return out;
  }

  static String get greeting => 'hi';
}

extension IntMath on int {
  int get squared => this * this;
  bool isDivisibleBy(int d) => this % d == 0;
  int operator -() => 0;
}

extension ListSum on List<int> {
  int get total {
    var sum = 0;
    for (var x in this) sum += x;
    return sum;
  }
}

extension Describe<T> on T {
  String describe() => 'value $this';
}

class Box {
  final int v;
  Box(this.v);
}

extension BoxOps on Box {
  Box operator +(Box o) => Box(v + o.v);
  int get doubled => v * 2;
  set half(int h) {}
}

void main() {
  print('education'.vowels);
  print('ab'.repeat(3));
  print('ab'.repeat(3, separator: '-'));
  print(StringStats.greeting);
  print(7.squared);
  print(12.isDivisibleBy(4));
  print(12.isDivisibleBy(5));
  print([1, 2, 3, 4].total);
  print(42.describe());
  print('x'.describe());
  print((Box(2) + Box(5)).v);
  print(Box(21).doubled);
}
