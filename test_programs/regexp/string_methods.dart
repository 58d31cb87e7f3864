// String's methods with a RegExp pattern, as the Dart VM implements them for patterns that are
// not Strings (sdk/lib/_internal/vm/lib/string_patch.dart): split (empty matches, a match at the
// end, the empty input), replaceAll/replaceFirst (with startIndex), replaceAllMapped,
// replaceFirstMapped, splitMapJoin, contains (on the substring from startIndex, so anchors see
// it as the whole input), startsWith/indexOf/lastIndexOf through matchAsPrefix. Results
// cross-checked with node's String.prototype.split/replace where JavaScript agrees (it differs
// for split with empty matches, which Dart defines by its own loop).

void main() {
  print("a, b;c ,d".split(RegExp(r"\s*[,;]\s*")));
  print("abc".split(RegExp("")));
  print("abc".split(RegExp("x*")));
  print("a1b22c".split(RegExp(r"\d")));
  print("a1b22c3".split(RegExp(r"\d+")));
  print("".split(RegExp("x*")));
  print("".split(RegExp("x")));
  print("one  two".split(RegExp(r"(\s)")));

  print("The cat sat".replaceAll(RegExp(r"[aeiou]"), "_"));
  print("aaa".replaceAll(RegExp("a*?"), "-"));
  print("abc".replaceAll(RegExp(""), "-"));
  print("abc".replaceAll(RegExp("x"), "-"));
  print("a.b.c".replaceFirst(RegExp(r"\."), "!"));
  print("a.b.c".replaceFirst(RegExp(r"\."), "!", 2));
  print("a.b.c".replaceFirst(RegExp(r"^a"), "!", 1));
  print("2024-05-01".replaceAllMapped(RegExp(r"(\d+)-(\d+)-(\d+)"), (m) => "${m[3]}/${m[2]}/${m[1]}"));
  print("hello world".replaceAllMapped(RegExp(r"\b\w"), (m) => m[0]!.toUpperCase()));
  print("x1y2z3".replaceFirstMapped(RegExp(r"\d"), (m) => "<${m[0]}>", 3));
  print("a-b_c".splitMapJoin(RegExp(r"[-_]"), onMatch: (m) => "|", onNonMatch: (s) => s.toUpperCase()));
  print("abc".splitMapJoin(RegExp(""), onMatch: (m) => "[${m.start}]"));
  print("hello".splitMapJoin("", onMatch: (m) => "."));

  print("hello world".contains(RegExp(r"o\sw")));
  print("hello world".contains(RegExp(r"^world"), 6));
  print("hello world".contains(RegExp(r"^world")));
  print("hello".contains(RegExp("z")));
  print("hello".startsWith(RegExp(r"h.l")));
  print("hello".startsWith(RegExp(r"l+"), 2));
  print("hello".startsWith(RegExp(r"l+"), 1));
  print("hello".startsWith(RegExp(r"(?<=e)l"), 2));
  print("hello".indexOf(RegExp(r"l+")));
  print("hello".indexOf(RegExp(r"l"), 3));
  print("hello".indexOf(RegExp(r"z")));
  print("hello".indexOf(RegExp(r"$")));
  print("hello".lastIndexOf(RegExp(r"l")));
  print("hello".lastIndexOf(RegExp(r"l"), 2));
  print("hello".lastIndexOf(RegExp(r"z")));
  try {
    "hello".indexOf(RegExp("l"), 6);
  } on RangeError catch (e) {
    print(e);
  }
  try {
    "hello".startsWith(RegExp("l"), -1);
  } on RangeError catch (e) {
    print(e);
  }
  // Two-byte strings.
  print("caf\u00e9 \u00e9t\u00e9".split(RegExp(r"\u00e9")));
  print("\u03b1\u03b2\u03b3 \u0391\u0392".replaceAll(RegExp(r"[\u03b1-\u03c9]", caseSensitive: false), "x"));
}
