// toUpperCase/toLowerCase beyond Latin-1, Greek and Cyrillic: the Dart VM's simple case mappings
// (runtime/vm/unicode.h CaseMapping, tables in runtime/vm/unicode_data.cc), which were generated
// from Unicode 5.1 and cover code points up to U+104FF, read by code point (a surrogate pair is
// one character, a lone surrogate maps to itself).
//
// Expected output derived by hand from the VM's tables (each mapping below was read off
// unicode_data.cc's stage-2 entries and exception list) and checked against UnicodeData.txt:
// Vietnamese (Latin Extended Additional), Armenian, Georgian Asomtavruli (only its lower case:
// the VM's tables predate Mtavruli, so Mkhedruli has no upper case and stays), Cherokee (no case
// in Unicode 5.1: stays), titlecase digraphs, fullwidth forms, Roman numerals, circled letters,
// Glagolitic, Cyrillic Extended-B, Deseret (supplementary), ẞ, ɐ/Ɐ (5.1) next to ɒ (whose capital
// came in 5.2: stays), İ and ı, and characters whose only upper case is several letters (ŉ, ΐ,
// ǰ, ß: they stay, and the length never changes).

void show(String s) {
  var upper = s.toUpperCase(), lower = s.toLowerCase();
  print('$s -> $upper / $lower (${upper.length} ${lower.length})');
}

void main() {
  show('Tiếng Việt có dấu: ĐƯỜNG phố');
  show('Բարեւ Աշխարհ');
  show('ქართული Ⴀნბანი ⴀ');
  show('ᏣᎳᎩ');
  show('ǅemal ǈ ǋ ǲ');
  show('Ａｂｃ１２３');
  show('Ⅻ ⅻ Ⓐⓑ');
  show('Ⰰⰱ Ꙁꙁ');
  show('𐐀𐐨 𐐧');
  show('ẞ ß ɐ Ɐ ɒ');
  show('İı');
  show('ŉ ΐ ǰ ß');
  show('ϐϑϕϖϰϱϵ ẛ ι ͅ');
  // Lone surrogates stay; the pair after them is one character.
  var lone = String.fromCharCodes([0xD801, 0x41, 0xDC00, 0xD801, 0xDC00]);
  print(lone.toLowerCase().codeUnits.map((u) => u.toRadixString(16)).join(' '));
  print(lone.toUpperCase().codeUnits.map((u) => u.toRadixString(16)).join(' '));
}
