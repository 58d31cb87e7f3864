// StringBuffer: write, writeAll, writeln, writeCharCode, length, clear; and building long
// strings stays linear (a hundred thousand appends finish quickly, even under GC stress).
//
// Expectations derived by hand from the Dart SDK's documentation (sdk/lib/core/
// string_buffer.dart): write uses toString of the object ('null' for null), writeAll separates
// with the separator, writeln appends '\n', length counts UTF-16 code units.
class Thing {
  String toString() => 'thing';
}

void main() {
  var sb = StringBuffer('start');
  print('${sb.length} ${sb.isEmpty} ${sb.isNotEmpty}');
  sb.write(' ');
  sb.write(42);
  sb.write(null);
  sb.write(Thing());
  sb.write([1, 2]);
  sb.writeCharCode(33);
  sb.writeCharCode(0x1F600);
  print(sb);
  print(sb.length);
  sb.writeln();
  sb.writeln('line');
  sb.writeAll(['a', 'b', 'c'], ', ');
  sb.writeAll([1, 2, 3]);
  print(sb.toString());
  sb.clear();
  print('[${sb}] ${sb.length} ${sb.isEmpty}');
  var e = StringBuffer();
  print('[${e.toString()}]');

  var big = StringBuffer();
  for (var i = 0; i < 200000; i++) {
    big.writeCharCode(97 + i % 26);
  }
  var s = big.toString();
  print('${s.length} ${s.substring(0, 30)} ${s.substring(s.length - 5)}');
  var parts = StringBuffer();
  for (var i = 0; i < 20000; i++) {
    parts.write(i);
    parts.write(',');
  }
  var joined = parts.toString();
  print('${joined.length} ${joined.substring(0, 20)}');
  print(['x', 'y', 'z'].join('+'));
  print(List.generate(5, (i) => i).join());
  var two = StringBuffer('é');
  two.write('→');
  two.write('ok');
  print('$two ${two.length}');
}
