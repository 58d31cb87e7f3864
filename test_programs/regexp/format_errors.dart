// A bad pattern throws FormatException when the RegExp is made. The message is the Dart VM's:
// runtime/vm/regexp_parser.cc's ReportError text followed directly by the pattern (the VM
// concatenates the two), e.g. "Unterminated group(". Which patterns are errors was cross-checked
// with node's RegExp (V8, whose parser the VM's follows; V8's newer texts differ in a few words,
// e.g. "Invalid quantifier" where the VM says "invalid quantifier.").

void bad(String pattern, {bool unicode = false}) {
  try {
    RegExp(pattern, unicode: unicode);
    print("no error: $pattern");
  } on FormatException catch (e) {
    print(e);
  }
}

void main() {
  bad("(");
  bad("a)");
  bad("*");
  bad("a**");
  bad("{1}");
  bad("^*");
  bad(r"\b+");
  bad("a{2,1}");
  bad("[b-a]");
  bad("[a");
  bad("a\\");
  bad("(?<a>x)(?<a>y)");
  bad("(?<1a>x)");
  bad("(?<a");
  bad(r"\k<b>(?<a>x)");
  bad(r"(?<a>x)\k");
  bad("(?x)");
  bad("(?<=a)*");
  bad(r"\-", unicode: true);
  bad("{", unicode: true);
  bad("}", unicode: true);
  bad(r"\1", unicode: true);
  bad(r"[\d-z]", unicode: true);
  bad(r"\u{110000}", unicode: true);
  bad(r"\00", unicode: true);
  bad(r"[\1]", unicode: true);
  bad("(?=a)*", unicode: true);
  bad(r"\c1", unicode: true);
  bad(r"[\c1]", unicode: true);
  bad(r"\x4", unicode: true);
  bad(r"[\x4]", unicode: true);
  // Group names beyond ASCII: Unicode's ID_Start, then ID_Continue (and ZWJ), as the VM checks
  // them; outside unicode mode a supplementary character is two surrogates, neither of which is.
  bad("(?<\u20AC>a)");
  bad("(?<a\u20AC>a)");
  bad("(?<\u0301>a)");
  bad("(?<\u{10400}>a)");
  bad("(?<\u00E9\u00B7a\u0301\u200D>a)");
  bad("(?<\u{10400}>a)", unicode: true);
  // Not errors: Annex B accepts these outside unicode mode.
  bad(r"\-{");
  bad("(?=a)*");
  bad(r"\c1[\c1]\x4\u12");
  // The message alone, and the exception's other fields.
  try {
    RegExp("a(b");
  } on FormatException catch (e) {
    print(e.message);
    print(e.source);
    print(e.offset);
  }
}
