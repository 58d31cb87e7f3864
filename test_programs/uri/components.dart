// Uri.parse's normalization and components, the Uri(...), Uri.http/https and Uri.file
// constructors, toFilePath, queryParameters, pathSegments, the encoders and decoders and the
// errors. Expectations derived by hand from the Dart VM's sdk/lib/core/uri.dart rules and
// RFC 3986: the scheme and a registered host name are lower-cased; the scheme's default port
// (http 80, https 443) is dropped; a percent escape gets upper-case hex, or becomes the
// unreserved character (A-Z a-z 0-9 - . _ ~) it encodes; characters a component may not hold are
// escaped as their UTF-8 bytes (é is C3 A9, U+1F600 is F0 9F 98 80); dot segments are removed
// from paths under a scheme or authority; encodeComponent keeps RFC 2396's unreserved characters
// (adding ! * ' ( )), encodeQueryComponent RFC 3986's and writes a space as +, encodeFull keeps
// the reserved delimiters; decoders throw ArgumentError for a truncated or invalid escape.
void show(Uri u) {
  print(u);
  print('  scheme=${u.scheme} authority=${u.authority} userInfo=${u.userInfo} host=${u.host} '
      'port=${u.port} path=${u.path} query=${u.query} fragment=${u.fragment}');
  print('  hasScheme=${u.hasScheme} hasAuthority=${u.hasAuthority} hasPort=${u.hasPort} '
      'hasQuery=${u.hasQuery} hasFragment=${u.hasFragment} hasAbsolutePath=${u.hasAbsolutePath} '
      'isAbsolute=${u.isAbsolute}');
}

void attempt(String what, Object? Function() f, {bool showMessage = true}) {
  try {
    print('$what: ${f()}');
  } on FormatException catch (e) {
    print(showMessage ? '$what: FormatException: ${e.message} at ${e.offset}' : '$what: FormatException');
  } catch (e) {
    print('$what: $e');
  }
}

void main() {
  show(Uri.parse("HTTP://User:Pw@WWW.Example.COM:80/a/./b/../c%7e%2f%zz?x=1&y=%41+b&x=2#Frag%3f"));
  show(Uri.parse("https://example.org:8443"));
  show(Uri.parse("http://[::1]:8080/p"));
  show(Uri.parse("mailto:someone@example.org"));
  show(Uri.parse("foo/../../bar?q"));
  show(Uri.parse("/abs/path/"));
  show(Uri.parse("file:foo/bar"));
  show(Uri.parse("#only"));
  show(Uri.parse("http://h/a b/é😀|{}"));
  show(Uri.parse("xhttp://x.y/z", 1, 10));

  var q = Uri.parse("http://h/p/%C3%A9t%C3%A9/x%2Fy/?a=1&b=two+words&c&=skip&a=3&d=%26");
  print(q.pathSegments);
  print(q.queryParameters);
  print(q.queryParametersAll);
  print(Uri.parse("http://h").pathSegments);
  print(Uri.parse("http://h/").pathSegments);

  print(Uri(scheme: "HTTPS", host: "Example.org", port: 443, path: "a b/c", query: "x=é"));
  print(Uri(scheme: "http", userInfo: "u", host: "h", port: 81, pathSegments: ["a/b", "c d", ""],
      queryParameters: {"k": "v w", "e": "", "n": null, "l": ["1", "2"]}, fragment: "f g"));
  print(Uri(path: "a:b/c"));
  print(Uri(host: "::1", path: "x"));
  print(Uri(scheme: "file", path: "etc/hosts"));
  print(Uri.http("example.org", "/search", {"q": "dart lang"}));
  print(Uri.https("user@example.org:443", "a/b c"));
  print(Uri.http("[::1]:8080", ""));

  print(Uri.file("/home/user/my file.txt"));
  print(Uri.file("relative/dir/"));
  print(Uri.directory("/tmp"));
  print(Uri.file("/a/b").toFilePath());
  print(Uri.parse("file:///tmp/%C3%A9t%C3%A9/x%20y").toFilePath());
  print(Uri.parse("a/b%20c").toFilePath());
  attempt("http toFilePath", () => Uri.parse("http://h/x").toFilePath());
  attempt("query toFilePath", () => Uri.parse("file:///x?q").toFilePath());
  attempt("fragment toFilePath", () => Uri.parse("file:///x#f").toFilePath());
  attempt("authority toFilePath", () => Uri.parse("file://server/x").toFilePath());
  attempt("slash toFilePath", () => Uri.parse("file:///a%2Fb").toFilePath());

  print(Uri.encodeComponent("a b&c=d/e?f#g!*'()~é😀"));
  print(Uri.encodeQueryComponent("a b&c=d/e?f#g!*'()~é"));
  print(Uri.encodeFull("http://h/a b?c=d&e=é#f g"));
  print(Uri.decodeComponent("a%20b%2Bc+d%C3%A9%F0%9F%98%80"));
  print(Uri.decodeQueryComponent("a%20b%2Bc+d"));
  print(Uri.decodeFull("http://h/a%20b?c=%C3%A9"));
  print(Uri.splitQueryString("a=1&b&=c&d=x%20y&a=2"));
  attempt("truncated", () => Uri.decodeComponent("abc%2"));
  attempt("invalid escape", () => Uri.decodeComponent("%zz"));
  attempt("non-ASCII with escape", () => Uri.decodeComponent("é%20"));

  print(Uri.parse("http://h/a?b#c") == Uri.parse("HTTP://H:80/a?b#c"));
  print(Uri.parse("http://h/a") == Uri.parse("http://h/a?"));
  print(Uri.parse("http://h/a").hashCode == Uri.parse("http://h/a").hashCode);
  print(Uri.parse("http://h/a#f").removeFragment());
  print(Uri.parse("http://h/a").replace(scheme: "https", path: "b", queryParameters: {"x": "1"}));
  print(Uri.parse("http://h:81/a").origin);
  print(Uri.parse("a/./b/../c").normalizePath());
  print(Uri.parse("HTTP://x").isScheme("Http"));

  attempt("empty scheme", () => Uri.parse(":x"));
  attempt("bad scheme", () => Uri.parse("a b:c"));
  attempt("digit scheme", () => Uri.parse("1a:c"));
  attempt("bad port", () => Uri.parse("http://h:8x/"), showMessage: false);
  attempt("unclosed IPv6", () => Uri.parse("http://[::1/"), showMessage: false);
  attempt("bad IPv6", () => Uri.parse("http://[1:2:3]/"), showMessage: false);
  attempt("tryParse", () => Uri.tryParse("http://h:x/"));
  attempt("host delimiter", () => Uri(host: "a/b"));
}
