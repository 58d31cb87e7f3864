// A line filter over stdin (fed from line_filter.stdin by the golden runner). Expected output
// derived from the VM's sdk/lib/io/stdio.dart: readLineSync drops "\n" and "\r\n" (a lone "\r"
// stays in the line), returns null at the end of input and the last line even without a
// terminator; retainNewlines keeps the terminator; readByteSync gives -1 at the end; the text is
// decoded with the given encoding (systemEncoding: UTF-8 on Linux). On a non-terminal stdin,
// echoMode throws StdinException("Error getting terminal echo mode", OSError(ENOTTY)).
import 'dart:convert';
import 'dart:io';

void main() {
  print(stdin.hasTerminal);
  try {
    print(stdin.echoMode);
  } on StdinException catch (e) {
    print(e);
  }
  try {
    stdin.lineMode = false;
  } on StdinException catch (e) {
    print(e);
  }
  String? first = stdin.readLineSync(retainNewlines: true);
  print(first!.codeUnits);
  String? latin = stdin.readLineSync(encoding: latin1);
  print(latin!.codeUnits);
  print(stdin.readByteSync());
  int count = 0;
  int words = 0;
  String? line;
  while ((line = stdin.readLineSync()) != null) {
    count++;
    String text = line!;
    words += text.split(' ').where((w) => w.isNotEmpty).length;
    if (text.contains('dart')) print('$count: ${text.toUpperCase()} (${text.length})');
    if (text.contains('\r')) print('$count: has a CR at ${text.indexOf('\r')}');
  }
  print('$count lines, $words words');
  print(stdin.readLineSync());
  print(stdin.readByteSync());
}
