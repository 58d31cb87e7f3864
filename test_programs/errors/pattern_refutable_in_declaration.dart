// Refutable patterns (constants, relational, `||`, `?`; not `&&`) can't be used in an
// irrefutable context: declarations, assignments and for-in (patterns feature specification,
// "Irrefutable patterns"; the analyzer's REFUTABLE_PATTERN_IN_IRREFUTABLE_CONTEXT).
void main() {
  var (a, 1) = (1, 2);
  final [x, > 0] = [1, 2];
  var (p?, q) = (1, 2);
  for (var (i, 'k') in [(1, 'k')]) {}
  int s = 0;
  (s, 2) = (1, 2);
  print('$a $x $p $q $s');
}
