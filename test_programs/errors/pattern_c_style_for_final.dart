// A `final` pattern declaration in a C-style `for` loop declares final loop variables, so the
// update can't assign them (ASSIGNMENT_TO_FINAL_LOCAL), and the pattern must be irrefutable for
// the initializer's type (a record pattern of another shape is a compile-time error).
void main() {
  for (final (i, j) = (0, 10); i < j; i++) print(i);
  for (var (a, b, c) = (1, 2); a < b; a++) print(c);
}
