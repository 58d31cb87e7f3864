// codeUnitAt over the whole of a large string (a large object of its own, which may end where
// the heap's mapped memory ends): each representation reads only its own code units. Before the
// fix, a one-byte string's codeUnitAt also loaded 2 * index bytes in, for the two-byte case, and
// crashed past the middle of a 1 MiB string. Expected values: String.operator* repeats the
// text, so the counts are the repetition count and the last unit is the text's last.
void main() {
  String one = 'abcdefgh' * 131072;
  int a = 0;
  for (int i = 0; i < one.length; i++) {
    if (one.codeUnitAt(i) == 0x61) a++;
  }
  print('${one.length} $a ${one.codeUnitAt(one.length - 1)} ${one[one.length - 1]}');
  String two = 'a\u00e9\u20ac' * 400000;
  int euro = 0;
  for (int i = 0; i < two.length; i++) {
    if (two.codeUnitAt(i) == 0x20AC) euro++;
  }
  print('${two.length} $euro ${two.codeUnitAt(two.length - 2)} ${two[two.length - 1]}');
}
