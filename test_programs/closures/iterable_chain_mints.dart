// map/where/fold chains whose mapped values leave the Smi range (|x| >= 2^62 needs a boxed int):
// the mapped value's box and its unboxes in the `where` test and the `fold` are folded away
// (codegen/src/boxed_int_round_trip.cpp, "Threaded unboxes"), so both the Smi and the boxed
// paths of the tag test must give the same ints: isOdd and comparisons on values just inside and
// just outside the Smi range, the values themselves through toList, and sums through fold.
// Expected output derived by hand: with B = 2^62 = 4611686018427387904 (the smallest positive
// int that is not a Smi), the mapped values 3x + r are, for r = 0: [3, 6, B-1, B+2, -(B+2),
// -(B-1), 21]; r = 1: [4, 7, B, B+3, -(B+1), -(B-2), 22]; r = 2: [5, 8, B+1, B+4, -B, -(B-3),
// 23]; the odd ones, their sum and count, and the sums of x - B over x > B - 2 and of x + B over
// x < -(B - 1) follow by 64-bit integer arithmetic (no sum overflows).

const int b = 4611686018427387904;

@pragma('vm:never-inline')
int sumOdd(List<int> xs, int r) => xs.map((x) => x * 3 + r).where((x) => x.isOdd).fold(0, (s, x) => s + x);

@pragma('vm:never-inline')
List<int> odd(List<int> xs, int r) => xs.map((x) => x * 3 + r).where((x) => x.isOdd).toList();

@pragma('vm:never-inline')
int countOdd(List<int> xs, int r) => xs.map((x) => x * 3 + r).where((x) => x.isOdd).length;

@pragma('vm:never-inline')
int high(List<int> xs, int r) => xs.map((x) => x * 3 + r).where((x) => x > b - 2).fold(0, (s, x) => s + (x - b));

@pragma('vm:never-inline')
int low(List<int> xs, int r) {
  var sum = 0;
  for (final x in xs.map((x) => x * 3 + r).where((x) => x < -(b - 1))) {
    sum += x + b;
  }
  return sum;
}

void main() {
  final xs = <int>[1, 2, 1537228672809129301, 1537228672809129302, -1537228672809129302, -1537228672809129301, 7];
  for (var r = 0; r < 3; r++) {
    print('r=$r sum ${sumOdd(xs, r)} odd ${odd(xs, r)} count ${countOdd(xs, r)} '
        'high ${high(xs, r)} low ${low(xs, r)}');
  }
}
