// Two million one-character writes into a StringBuffer. Without compaction its parts array grew
// to two million entries, regrown and copied on the way (about 32 MB, at least one collection);
// joined every 64 parts it stays about 32,000 entries long and the whole run allocates a few MB.
void main() {
  final buffer = StringBuffer();
  for (var i = 0; i < 2000000; i++) {
    buffer.writeCharCode(65 + i % 26);
  }
  final s = buffer.toString();
  print('${s.length} ${s.substring(0, 5)} ${s.codeUnitAt(s.length - 1)}');
}
