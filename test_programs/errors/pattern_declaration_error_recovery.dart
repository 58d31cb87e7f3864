// One mistake in a pattern declaration gives one error: the variables it declares are still
// declared, and their uses report nothing more.
// - A refutable pattern in an irrefutable context (`||`, `?`): reported once, at that pattern;
//   its subpatterns are then checked as refutable ones (the shared type analyzer's
//   analyzeLogicalOrPattern and analyzeNullCheckOrAssertPattern: "Avoid cascading errors",
//   context.makeRefutable()). dartc reported `var (a, 1 || 2)` three times.
// - A matched value that doesn't have the pattern's required type (a record of another shape,
//   a list pattern against an int): reported once; the subpatterns' variables are declared with
//   the invalid type, so `a + c` is not reported again. (The analyzer gives such variables
//   Object? and may then report their uses as well: one root cause, one error is dartc's rule.)
// - An undefined class in an object pattern, or as a variable pattern's type: reported once (it
//   was reported twice, by the type schema and by the match), and the variables are declared
//   (`a` was an undefined name).
// A logical-and pattern is irrefutable when its sides are (the analyzer's
// REFUTABLE_PATTERN_IN_IRREFUTABLE_CONTEXT lists logical-or, relational, null-check and
// constant patterns only), so `var (int n && num m) = 3;` is no error (dartc reported one).
// Expected output: the first error of each mistake, positions as dartc reports patterns.
void logicalOr((int, int) r) {
  var (a, 1 || 2) = r;
  print(a.isEven);
}

void nullCheck((int, int?) r) {
  var (a, b?) = r;
  print(a + b);
}

void recordShape((int, int) r) {
  var (a, b, c) = r;
  print(a + c);
}

void notARecord(int i) {
  final (a, b) = i;
  print(a.isEven && b.isOdd);
}

void notAList(int i) {
  var [first, ...rest] = i;
  print(first.isEven && rest.isEmpty);
}

void notAMap((int, int) r) {
  var {'k': v} = r;
  print(v.length);
}

void undefinedClass(Object o) {
  var Missing(x: a) = o;
  print(a.foo);
}

void undefinedType((int, int) r) {
  var (a, Missing b) = r;
  print(b.length);
}

void logicalAnd() {
  var (int n && num m) = 3;
  print(n.isEven && m > 0);
}

void main() {}
