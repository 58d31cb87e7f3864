// Getters of int on a `where` closure's parameter, which gets the list's elements through the
// iterator's `current` (`_current as E`): type-flow analysis sees the value as `int?` (E's bound
// is Object?), but a member that Object does not have is never called on null (sound null
// safety), so isEven and isNegative are direct calls, inlined, not dispatch-table calls.
// (Kept out of main so that the check has one function to look at.)
@pragma('vm:never-inline')
int countEvenNegative(List<int> xs) => xs.where((x) => x.isEven && x.isNegative).length;

void main(List<String> args) {
  final xs = List<int>.generate(100 + args.length, (i) => i * 7919 % 1000 - 500);
  print(countEvenNegative(xs));
}
