// String.replaceAll with a String pattern is one native pass (precompiled_runtime/src/
// string_replace.cpp). Matches are found left to right without overlap; the result is one-byte
// when every unit left is below 256 (so it equals and hashes like a literal). Expected lines
// derived by hand from the calls.
void main() {
  print('item 1: item 2'.replaceAll('item', 'entry')); // entry 1: entry 2
  print('aaaa'.replaceAll('aa', 'b')); // bb
  print('aaa'.replaceAll('aa', 'b')); // ba: the second match would overlap the first
  print('abc'.replaceAll('x', 'y')); // abc: no match
  print('abcabc'.replaceAll('abc', '')); // (empty line)
  print('[${'--a--'.replaceAll('-', '')}]'); // [a]
  print('xax'.replaceAll('x', 'Ω')); // ΩaΩ: a two-byte replacement
  final narrowed = 'Ωa Ω'.replaceAll('Ω', 'x'); // the two-byte units are all replaced
  print('$narrowed ${narrowed == 'xa x'} ${{'xa x'}.contains(narrowed)}'); // xa x true true
  print('Ωa'.replaceAll('a', 'b')); // Ωb: stays two-byte
  print('ab'.replaceAll('', '-')); // -a-b-: the empty pattern matches around every unit
  final long = 'ab' * 100000;
  final replaced = long.replaceAll('b', 'cd');
  print('${replaced.length} ${replaced.substring(0, 6)}'); // 300000 acdacd
}
