// List.sort with comparator closures over a list of 60 ints half of which are boxed (outside the
// Smi range [-2^62, 2^62)), so that the pivots and the elements of the specialized sort's
// dual-pivot partition take both paths of their unboxes. The partition compares each element with
// both pivots and the pivots were unboxed before the loop: the repeated unboxes of one word are
// merged into the first (codegen/src/boxed_int_round_trip.cpp, "Repeated unboxes").
// Expected output derived by hand: with B = 2^62, element i is k + B for even i and k - B for
// odd i, where k = (37 i mod 60) - 30; k runs over the even numbers -30..28 for even i and the
// odd numbers -29..29 for odd i (37 and 14 are coprime to 30), so sorted ascending the list is
// -B-29, -B-27, ..., -B+29, B-30, B-28, ..., B+28, all distinct.

const int b = 4611686018427387904;

bool isSorted(List<int> xs, bool descending) {
  for (var i = 1; i < xs.length; i++) {
    if (descending ? xs[i - 1] < xs[i] : xs[i - 1] > xs[i]) return false;
  }
  return true;
}

String ends(List<int> xs, bool descending) =>
    '${xs.sublist(0, 3)} ${xs.sublist(xs.length - 3)} mid ${xs[29]} ${xs[30]} ${isSorted(xs, descending)}';

void main() {
  List<int> fresh() => List<int>.generate(60, (i) => (i * 37) % 60 - 30 + (i.isEven ? b : -b));
  final asc = fresh()..sort((x, y) => x.compareTo(y));
  print('asc ${ends(asc, false)}');
  final desc = fresh()..sort((x, y) => y.compareTo(x));
  print('desc ${ends(desc, true)}');
  final ternary = fresh()..sort((x, y) => x < y ? -1 : (x > y ? 1 : 0));
  print('ternary ${ends(ternary, false)}');
}
