// StringBuffer joins every 64 short parts into one (precompiled_runtime/lib/core/string.dart,
// "compaction"); the content, length and toString must be exactly those of the plain sequence
// of writes, across batch boundaries, long parts that are not joined, two-byte parts,
// toString in the middle, clear, and writeCharCode. Also the one-byte case tables of
// toUpperCase/toLowerCase (core_natives.cpp), including the two Latin-1 letters whose upper case
// needs two bytes. Expected lines derived by hand from the writes (comments give the sums).

String check(StringBuffer b, String expected) {
  final s = b.toString();
  return '${b.length == expected.length} ${s == expected} ${s.length}';
}

void main() {
  // 1000 numbers 0..999 with commas: 15.6 batches of 64 parts, compared with a direct join.
  final b = StringBuffer();
  final plain = <String>[];
  for (var i = 0; i < 1000; i++) {
    b.write(i);
    b.write(',');
    plain.add('$i,');
  }
  // 10 one-digit, 90 two-digit, 900 three-digit numbers: 10 + 180 + 2700 = 2890 digits, plus
  // 1000 commas = 3890 code units.
  print(check(b, plain.join()));
  // Continue after toString: the result is the first part now, the writes go on behind it.
  for (var i = 0; i < 100; i++) {
    b.writeCharCode(65 + i % 26);
  }
  final letters = StringBuffer();
  for (var i = 0; i < 100; i++) {
    letters.write(String.fromCharCode(65 + i % 26));
  }
  print(check(b, plain.join() + letters.toString())); // 3890 + 100 = 3990

  // Long parts (above the batch limit in total) mixed with short ones, and two-byte parts.
  final c = StringBuffer('start:');
  final expected = StringBuffer();
  expected.write('start:');
  final long = 'x' * 5000;
  for (var i = 0; i < 200; i++) {
    final part = i % 50 == 0 ? long : (i % 7 == 0 ? 'Ω$i' : '$i');
    c.write(part);
    expected.write(part);
  }
  final direct = ['start:', for (var i = 0; i < 200; i++) i % 50 == 0 ? long : (i % 7 == 0 ? 'Ω$i' : '$i')].join();
  print(check(c, direct));
  print(c.toString() == expected.toString());
  // Code points above 0xFFFF take two code units.
  c.writeCharCode(0x1F600);
  print(c.length == direct.length + 2);
  print(c.toString().endsWith('\u{1F600}'));

  // clear() starts over; writeAll and writeln go through the same path.
  c.clear();
  print('${c.length} ${c.isEmpty} "${c.toString()}"');
  c.writeAll([for (var i = 0; i < 130; i++) i % 10], '');
  c.writeln('!');
  // 13 runs of 0123456789, then "!\n": 132 code units.
  print('${c.length} ${c.toString().substring(120)}'.trimRight());

  // Case mapping of one-byte strings: unchanged text, ASCII, Latin-1, and µ (U+00B5) and ÿ
  // (U+00FF), whose upper cases are U+039C and U+0178 (the result becomes two-byte).
  print('abc xyz 09'.toUpperCase());
  print('ABC XYZ 09'.toLowerCase());
  print('ÀÉÎÕÜ àéîõü ×÷'.toUpperCase());
  print('ÀÉÎÕÜ àéîõü ×÷'.toLowerCase());
  final micro = 'µm ÿ'.toUpperCase();
  print('$micro ${micro.codeUnitAt(0).toRadixString(16)} ${micro.codeUnitAt(3).toRadixString(16)}');
  print('ß'.toUpperCase() == 'ß');
  final same = 'ALREADY UPPER 123';
  print(same.toUpperCase() == same);
}
