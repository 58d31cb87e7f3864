// Unicode property escapes: malformed and unknown names throw FormatException when the RegExp is
// made, with the Dart VM's messages (runtime/vm/regexp_parser.cc: "Invalid property name", and
// "Invalid property name in character class" inside a class) followed by the pattern. Names are
// exact: case matters, no spaces, no loose matching; a script needs sc=/scx= and a binary property
// takes no value; a value naming no code point (Script=Katakana_Or_Hiragana) is invalid as on the
// VM. Outside unicode mode \p and \P are the letters. Then matches (allMatches, lookbehind,
// ignoreCase). Expected output written by hand from the VM's parser and ECMAScript's semantics,
// and checked against node's RegExp (V8, whose texts these are).

void bad(String pattern) {
  try {
    RegExp(pattern, unicode: true);
    print("no error: $pattern");
  } on FormatException catch (e) {
    print(e);
  }
}

void main() {
  bad(r"\p{Foo}");
  bad(r"\P{Foo}");
  bad(r"[\p{Foo}]");
  bad(r"[^\P{Foo}]");
  bad(r"\p");
  bad(r"\pL");
  bad(r"\p{L");
  bad(r"\p{");
  bad(r"[\p{L]");
  bad(r"\p{}");
  bad(r"\p{L }");
  bad(r"\p{ L}");
  bad(r"\p{lu}");
  bad(r"\p{Lowercase_letter}");
  bad(r"\p{L&}");
  bad(r"\p{ascii}");
  bad(r"\p{Greek}");
  bad(r"\p{sc=Foo}");
  bad(r"\p{gc=Foo}");
  bad(r"\p{gc=Alphabetic}");
  bad(r"\p{sc=}");
  bad(r"\p{=Greek}");
  bad(r"\p{sc=Greek=Latin}");
  bad(r"\p{Script=Hrkt}");
  bad(r"\p{scx=Katakana_Or_Hiragana}");
  bad(r"\p{Block=Basic_Latin}");
  bad(r"\p{Alpha=Y}");
  bad(r"\p{Any=Y}");
  bad(r"\p{General_Category}");
  bad(r"\p{Grapheme_Link}");
  bad(r"\p{Basic_Emoji}");
  bad(r"[\p{L}-z]");
  bad(r"[a-\p{L}]");
  // Valid: every name form.
  bad(r"\p{L}\P{Letter}\p{gc=Lu}\p{General_Category=punct}\p{sc=Grek}\p{Script=Greek}"
      r"\p{scx=Hira}\p{Script_Extensions=Hiragana}\p{Alpha}\P{White_Space}\p{space}"
      r"\p{Any}\P{ASCII}\p{Assigned}\p{sc=Zzzz}\p{sc=Qaai}[\p{L}\P{N}-]");

  // Outside unicode mode \p{L} is "p{L}" and \P is "P".
  print(RegExp(r"\p{L}").firstMatch("a p{L} b")?[0]);
  print(RegExp(r"\P+").firstMatch("xPPy")?[0]);
  print(RegExp(r"[\p]").hasMatch("p"));
  // allMatches with quantified properties, astral characters as one character.
  var words = RegExp(r"\p{L}+", unicode: true);
  print(words.allMatches("Ünïcödé 123 αβγ 中文 𐐀𐐨!").map((m) => m[0]).toList());
  print(RegExp(r"\p{Extended_Pictographic}", unicode: true).allMatches("a😀b🎉").map((m) => m.start).toList());
  print(RegExp(r"[\p{Nd}\p{Nl}]+", unicode: true).allMatches("12Ⅻ ٣٤ x").map((m) => m[0]).toList());
  print("abc".replaceAll(RegExp(r"\P{Lu}", unicode: true), "-"));
  print("Straße".split(RegExp(r"(?=\p{Lu})", unicode: true)));
  print("aBcD".replaceAll(RegExp(r"\p{Lu}", unicode: true, caseSensitive: false), "*"));
  // In lookbehinds (read right to left), counted quantifiers and under ignoreCase, with
  // supplementary characters (Deseret 𐐀 is Lu, 𐐨 𐐩 are Ll).
  var cases = [
    [r"(?<=\p{Lu})\p{Ll}+", "aBcd 𐐀𐐨𐐩 Xyz", false],
    [r"(?<!\p{L})\p{N}+", "a12 34 ٣٤", false],
    [r"\p{L}{2,3}", "abcdefg 中文字漢", false],
    [r"\p{sc=Greek}+?\P{sc=Greek}", "αβγ!", false],
    [r"\p{Lu}+", "aBcD", true],
    [r"(?<=\P{Ll})x", "Ax ax 𐐀x", true],
  ];
  for (var c in cases) {
    var re = RegExp(c[0] as String, unicode: true, caseSensitive: !(c[2] as bool));
    print(re.allMatches(c[1] as String).map((m) => "${m.start}:${m[0]}").join(" "));
  }
  // The message alone.
  try {
    RegExp(r"[\p{Foo}]", unicode: true);
  } on FormatException catch (e) {
    print(e.message);
  }
}
