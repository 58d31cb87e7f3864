// 300 replaceAlls of a 1,000-match text (about 17 KB each). The Dart loop it replaces made a
// substring per kept piece, a growable list and a join: about 29 MB and a collection; one native
// pass allocates only the results, about 5 MB.
void main() {
  final buffer = StringBuffer();
  for (var i = 0; i < 1000; i++) {
    buffer.write('item $i: ${i * 7 % 1000}\n');
  }
  final text = buffer.toString();
  var total = 0;
  for (var r = 0; r < 300; r++) {
    total += text.replaceAll('item', 'entry').length;
  }
  print('total: $total');
}
