// Ints copied from one List<int> to another, directly and through a final local: each element's
// word is stored as it was read, without untagging and re-tagging it (issue 10). Kept out of
// main (never-inline) so that the check reads its own optimized code.
@pragma('vm:never-inline')
void copyReversed(List<int> from, List<int> to) {
  for (var i = 0; i < from.length; i++) {
    to[i] = from[from.length - 1 - i];
  }
}

@pragma('vm:never-inline')
void swap(List<int> v, int i, int j) {
  final tmp = v[i];
  v[i] = v[j];
  v[j] = tmp;
}

void main(List<String> args) {
  final a = [1, 2, 3, 1 << 62, -(1 << 62) - 1, args.length];
  final b = List<int>.filled(a.length, 0);
  copyReversed(a, b);
  swap(b, 0, 5);
  print(b);
}
