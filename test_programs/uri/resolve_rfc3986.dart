// Uri.resolve against RFC 3986's own examples (section 5.4.1 "Normal Examples" and 5.4.2
// "Abnormal Examples", base "http://a/b/c/d;p?q", the strict parser's "http:g" = "http:g"),
// which the Dart VM's sdk/lib/core/uri.dart follows. Then references resolved against relative
// bases, where the RFC says nothing and the VM keeps leading ".." segments (its uri.dart:
// `_normalizeRelativePath`), derived by hand from that rule.
void main() {
  var base = Uri.parse("http://a/b/c/d;p?q");
  var references = [
    // 5.4.1
    "g:h", "g", "./g", "g/", "/g", "//g", "?y", "g?y", "#s", "g#s", "g?y#s", ";x", "g;x",
    "g;x?y#s", "", ".", "./", "..", "../", "../g", "../..", "../../", "../../g",
    // 5.4.2
    "../../../g", "../../../../g", "/./g", "/../g", "g.", ".g", "g..", "..g", "./../g", "./g/.",
    "g/./h", "g/../h", "g;x=1/./y", "g;x=1/../y", "g?y/./x", "g?y/../x", "g#s/./x", "g#s/../x",
    "http:g",
  ];
  for (var reference in references) {
    print('"$reference" = "${base.resolve(reference)}"');
  }
  print(base.resolveUri(Uri(path: "x y", fragment: "f")));

  var relative = Uri.parse("a/b/c");
  for (var reference in ["d", "../d", "../../../d", "./", "/d", "//h/d"]) {
    print('relative "$reference" = "${relative.resolve(reference)}"');
  }
  print(Uri.parse("../a").resolve("../b"));
  print(Uri.parse("").resolve("../x/./y"));
  print(Uri.parse("s:").resolve("../x"));
  print(Uri.parse("//host").resolve("x"));
  print(Uri.parse("file:///home/user/").resolve("../etc/./passwd"));
}
