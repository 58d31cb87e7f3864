// The RegExp and RegExpMatch API of dart:core, with the Dart VM's behaviour
// (sdk/lib/_internal/vm/lib/regexp_patch.dart): flags getters, firstMatch/hasMatch/stringMatch,
// allMatches with a start index, matchAsPrefix (a match only at the given index), group/groups/
// []/groupCount/namedGroup/groupNames (in the order the groups close, as the VM's parser records
// them), the RangeError of group() and the ArgumentError of namedGroup(), RegExp.escape, and the
// canonical RegExp object per source and flags (the VM's regexp table). Match positions
// cross-checked with node's RegExp (exec with lastIndex, sticky for matchAsPrefix).

void main() {
  RegExp re = RegExp(r"(\d+)-(?<word>[a-z]+)", multiLine: true, caseSensitive: false, dotAll: true);
  print(re.pattern);
  print([re.isMultiLine, re.isCaseSensitive, re.isUnicode, re.isDotAll]);
  RegExp plain = RegExp("x");
  print([plain.isMultiLine, plain.isCaseSensitive, plain.isUnicode, plain.isDotAll]);

  String input = "a 12-ab, 345-CDE and 6-f";
  RegExpMatch m = re.firstMatch(input)!;
  print([m.start, m.end, m.groupCount, m[0], m[1], m[2], m.group(2), m.input == input]);
  print(m.groups([2, 0, 1]));
  print(m.namedGroup("word"));
  print(m.groupNames.toList());
  print(identical(m.pattern, re));
  try {
    m.group(3);
  } on RangeError catch (e) {
    print(e);
  }
  try {
    m.group(-1);
  } on RangeError catch (e) {
    print(e);
  }
  try {
    m.namedGroup("nope");
  } on ArgumentError catch (e) {
    print(e);
  }

  print(re.hasMatch(input));
  print(re.hasMatch("nothing here"));
  print(re.stringMatch(input));
  print(re.stringMatch("none"));
  print(re.firstMatch("none"));

  print(re.allMatches(input).map((m) => "${m.start}:${m[0]}").toList());
  print(re.allMatches(input, 8).map((m) => "${m.start}:${m[0]}").toList());
  print(re.allMatches(input, input.length).length);
  try {
    re.allMatches(input, input.length + 1);
  } on RangeError catch (e) {
    print(e);
  }

  // matchAsPrefix: only at the index.
  print(re.matchAsPrefix(input)?.group(0));
  print(re.matchAsPrefix(input, 2)?.group(0));
  print(re.matchAsPrefix(input, 3)?.group(0));
  Match? p = RegExp(r"\bab").matchAsPrefix("xab", 1);
  print(p);
  print(RegExp(r"(?<=x)ab").matchAsPrefix("xab", 1)![0]);
  try {
    re.matchAsPrefix(input, -1);
  } on RangeError catch (e) {
    print(e);
  }

  // Groups that do not participate are null; the order of groupNames is by closing parenthesis.
  RegExpMatch n = RegExp(r"(?<outer>a(?<inner>b)?)(?<last>c)").firstMatch("ac")!;
  print(n.groupNames.toList());
  print([n.namedGroup("outer"), n.namedGroup("inner"), n.namedGroup("last")]);
  print(RegExp("abc").firstMatch("abc")!.groupNames.toList());

  // One RegExp object per source and flags, as on the VM.
  print(identical(RegExp("a+b"), RegExp("a+b")));
  print(identical(RegExp("a+b"), RegExp("a+b", multiLine: true)));
  print(RegExp("a+b") == RegExp("a+b"));

  print(RegExp.escape(r"a.b*c?d+e(f)g[h]i{j}k|l^m$n\o/p-q"));
  print(RegExp.escape("plain text"));
  print(RegExp(RegExp.escape("1+1=2?")).hasMatch("is 1+1=2?"));

  // A RegExp is a Pattern.
  Pattern pattern = RegExp(r"o+");
  print(pattern.allMatches("foo boo").map((m) => m[0]).toList());
  print(pattern.matchAsPrefix("oops")?[0]);
  // Strings are Patterns too.
  print("ab".allMatches("abcabab").map((m) => m.start).toList());
  print("".allMatches("abc").map((m) => m.start).toList());
  print("ab".matchAsPrefix("xab", 1)?.end);
  print("ab".matchAsPrefix("xab"));
  Match sm = "b".allMatches("abc").first;
  print([sm.start, sm.end, sm[0], sm.groupCount, identical(sm.pattern, "b"), sm.input]);
}
