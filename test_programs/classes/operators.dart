// Expected output derived by hand: user-defined operators are ordinary methods selected by the
// left operand's class; `!=` is `!(a == b)`; compound assignment uses the operator; `[]`/`[]=`
// and unary operators work like any other method.
class Vec {
  final int x, y;
  const Vec(this.x, this.y);
  Vec operator +(Vec o) => Vec(x + o.x, y + o.y);
  Vec operator -(Vec o) => Vec(x - o.x, y - o.y);
  Vec operator *(int k) => Vec(x * k, y * k);
  Vec operator -() => Vec(-x, -y);
  bool operator <(Vec o) => x * x + y * y < o.x * o.x + o.y * o.y;
  int operator [](int i) => i == 0 ? x : y;
  bool operator ==(Object other) => other is Vec && other.x == x && other.y == y;
  int get hashCode => x * 1000 + y;
  String toString() => '($x, $y)';
}

class Matrix {
  final List<int> cells;
  final int cols;
  Matrix(int rows, this.cols) : cells = [for (var i = 0; i < rows * cols; i++) 0];
  int operator [](int i) => cells[i];
  void operator []=(int i, int v) {
    cells[i] = v;
  }
  Matrix operator ~() {
    var m = Matrix(cells.length ~/ cols, cols);
    for (var i = 0; i < cells.length; i++) m[i] = -cells[i];
    return m;
  }
}

class Money {
  int cents;
  Money(this.cents);
  Money operator +(Money o) => Money(cents + o.cents);
  Money operator %(int m) => Money(cents % m);
  Money operator ~/(int d) => Money(cents ~/ d);
  Money operator <<(int s) => Money(cents << s);
  Money operator &(int m) => Money(cents & m);
  Money operator ^(int m) => Money(cents ^ m);
  Money operator |(int m) => Money(cents | m);
  Money operator >>(int s) => Money(cents >> s);
  Money operator /(int d) => Money(cents ~/ d);
  String toString() => '${cents}c';
}

void main() {
  const a = Vec(1, 2);
  const b = Vec(3, 4);
  print(a + b);
  print(b - a);
  print(a * 3);
  print(-a);
  print(a < b);
  print(b < a);
  print('${b[0]} ${b[1]}');
  print(a == Vec(1, 2));
  print(a != Vec(1, 2));
  print(a == b);
  print(a.hashCode);
  var v = a;
  v += b;
  v *= 2;
  print(v);
  var m = Matrix(2, 2);
  m[0] = 5;
  m[3] = 7;
  m[3] += 1;
  var n = ~m;
  print('${n[0]} ${n[3]}');
  var money = Money(100);
  money += Money(55);
  print(money);
  print(money % 100);
  print(money ~/ 2);
  print(money << 1);
  print(money & 7);
  print(money ^ 1);
  print(money | 1);
  print(money >> 2);
  print(money / 5);
}
