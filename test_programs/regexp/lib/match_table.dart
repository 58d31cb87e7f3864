// The runner every generated RegExp golden imports (tools/regexp/cases.py writes the programs):
// prints each match of a pattern in an input as its start-end and every group.
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
