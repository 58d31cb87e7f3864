// String.replaceAll with a RegExp, which the runtime does in one native call
// (precompiled_runtime/src/regexp_replace.cpp): the result must equal the VM's loop over
// allMatches (sdk/lib/_internal/vm/lib/string_patch.dart, replaceAll): literal replacement text,
// empty matches stepping one code unit on (a whole surrogate pair in unicode mode), the input
// itself when nothing matches, and a result whose representation follows its content (a two-byte
// input whose units above 0xFF are all replaced gives a string equal to, and hashing as, the
// one-byte literal). Expected values worked out by hand from those rules; the regex-redux chain
// at the end follows each pattern left to right (cross-checked with node's replace(/…/g)).

void main() {
  String none = "abc";
  print(identical(none.replaceAll(RegExp("x"), "-"), none));
  print("xaxbx".replaceAll(RegExp("x"), ""));
  print("The cat sat".replaceAll(RegExp(r"a(?=t)"), r"$&"));
  print("abcabc".replaceAll(RegExp("(?<=a)b"), "B"));
  print("Hello HELLO hello".replaceAll(RegExp("hello", caseSensitive: false), "x"));
  print("ab".replaceAll(RegExp(""), "-"));
  print("".replaceAll(RegExp(""), "-"));
  print("".replaceAll(RegExp("a"), "-").isEmpty);
  print("abcb".replaceAll(RegExp("(" * 21 + "b" + ")" * 21), "X"));  // 22 groups' captures

  // Surrogate pairs: one step per pair in unicode mode, per code unit otherwise.
  String emoji = "a\u{1F600}b";
  print(emoji.replaceAll(RegExp("", unicode: true), "-"));
  print(emoji.replaceAll(RegExp(""), "-").length);
  print(emoji.replaceAll(RegExp(".", unicode: true), "x"));
  print(emoji.replaceAll(RegExp("."), "x"));

  // Representations: one-byte and two-byte inputs and replacements.
  String greek = "\u03b1c\u03b2";
  String stripped = greek.replaceAll(RegExp("[\u03b1-\u03c9]"), "");
  print(stripped == "c");
  print(stripped.hashCode == "c".hashCode);
  print(stripped.codeUnits);
  print("abc".replaceAll(RegExp("b"), "\u03b2").codeUnits);
  print("\u00e9t\u00e9".replaceAll(RegExp("t"), "T"));
  print(greek.replaceAll(RegExp("c"), "\u00e9").codeUnits);

  // Many matches, a longer result.
  String ab = "ab" * 1000;
  String doubled = ab.replaceAll(RegExp("b"), "bb");
  print("${doubled.length} ${doubled.substring(0, 7)} ${doubled.substring(2993)}");

  // regex-redux's substitutions, in turn.
  String s = "agtHaNcaNBYaSWaS";
  for (List<String> sub in [
    ["tHa[Nt]", "<4>"],
    ["aND|caN|Ha[DS]|WaS", "<3>"],
    ["a[NSt]|BY", "<2>"],
    ["<[^>]*>", "|"],
    [r"\|[^|][^|]*\|", "-"],
  ]) {
    s = s.replaceAll(RegExp(sub[0]), sub[1]);
    print(s);
  }
  print("x|ab|y||z|c|".replaceAll(RegExp(r"\|[^|][^|]*\|"), "-"));
}
