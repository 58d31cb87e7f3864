// Named groups (?<name>...) and named back-references \k<name>, including forward references
// and references inside their own group (which match the empty string).
//
// Expected output: the same table run through node's RegExp (V8's Irregexp, the engine behind the
// Dart VM's RegExp) by tools/regexp/cases.py, with the Dart iterator's rule for empty matches;
// each case checked by hand against the specification's algorithm where it gives an example.

// Each match: its start-end and every group, code units outside printable ASCII as \uXXXX.
String show(String? s) {
  if (s == null) return "null";
  StringBuffer b = StringBuffer('"');
  for (int c in s.codeUnits) {
    if (c >= 32 && c < 127) {
      b.writeCharCode(c);
    } else {
      b.write("\\u");
      b.write(c.toRadixString(16).toUpperCase().padLeft(4, "0"));
    }
  }
  b.write('"');
  return b.toString();
}

void run(int index, String pattern, String flags, String input) {
  RegExp re = RegExp(pattern,
      multiLine: flags.contains("m"),
      caseSensitive: !flags.contains("i"),
      unicode: flags.contains("u"),
      dotAll: flags.contains("s"));
  StringBuffer out = StringBuffer("$index:");
  bool any = false;
  for (RegExpMatch m in re.allMatches(input)) {
    any = true;
    out.write(" ${m.start}-${m.end}");
    for (int g = 0; g <= m.groupCount; g++) {
      out.write(" ${show(m.group(g))}");
    }
    List<String> names = m.groupNames.toList()..sort();
    for (String name in names) {
      out.write(" $name=${show(m.namedGroup(name))}");
    }
    out.write(";");
  }
  if (!any) out.write(" no match");
  print(out.toString());
}

void main() {
  run(0, "(?<year>\\d{4})-(?<month>\\d{2})-(?<day>\\d{2})", "", "on 2024-05-01 and 1999-12-31");
  run(1, "(?<a>.)\\k<a>", "", "xyzzy");
  run(2, "\\k<a>(?<a>x)", "", "xx");
  run(3, "(?<a>x\\k<a>)", "", "xx");
  run(4, "(?<x>a)|(?<y>b)", "", "ba");
  run(5, "(?<\$d_1>\\d)", "", "a1");
  run(6, "(?<\\u0061>.)\\k<a>", "", "bb");
  run(7, "\\k<a>(?<a>b)\\k<a>", "u", "bb");
}
