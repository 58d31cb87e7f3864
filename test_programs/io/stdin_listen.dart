// stdin as a Stream<List<int>> through listen (fed from stdin_listen.stdin by the golden
// runner). Expected output derived from the VM's sdk/lib/io/stdio.dart (Stdin is a
// Stream<List<int>> of stdin's bytes, done at the end of input) and its event loop (the bytes
// arrive after the current code and pending microtasks). How the bytes are cut into chunks is
// not specified, so only their concatenation is printed.
import 'dart:convert';
import 'dart:io';

void main() {
  List<int> bytes = <int>[];
  stdin.listen((List<int> chunk) => bytes.addAll(chunk), onDone: () {
    print(bytes.length);
    print(const LineSplitter().convert(utf8.decode(bytes)));
  });
  print('sync code first');
}
