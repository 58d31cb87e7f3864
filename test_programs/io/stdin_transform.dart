// stdin as a full Stream<List<int>>: transform(utf8.decoder).transform(const LineSplitter()) and
// `await for` (fed from stdin_transform.stdin by the golden runner). Expected output derived from
// the VM's sdk/lib/io/stdio.dart (Stdin extends Stream<List<int>>), sdk/lib/convert (Utf8Decoder
// decodes chunk by chunk; LineSplitter delivers each line as an event, without its "\n", "\r\n"
// or "\r", and the last line without a terminator too; an empty line is an event) and
// stream.dart (`where`, `length`). Chunk boundaries are not specified: only lines are printed.
import 'dart:async';
import 'dart:convert';
import 'dart:io';

Future<void> main() async {
  Stream<String> lines = stdin.transform(utf8.decoder).transform(const LineSplitter());
  int count = 0;
  await for (String line in lines) {
    count++;
    print('$count: [$line] ${line.length}');
  }
  print('lines: $count');
}
