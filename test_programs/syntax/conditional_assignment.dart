// Expected output derived by hand from the language grammar (specification, "Conditional"):
// each branch of `c ? e1 : e2` is an expressionWithoutCascade, which may be an assignment, so
// `c ? b = true : null;` assigns in the taken branch. A statement that starts `c ? b = ...` is
// that conditional, not a declaration of `b` with the nullable type `c?` (the `?` has its `:`).
// Type arguments apply to any callee, not just names: `(<T>(...) {...})<int>(...)` and
// `fs[0]<int>(...)` are generic invocations, not comparisons.
class c {}

void main() {
  bool b = false;
  var cond = true;
  cond ? b = true : null;
  print(b);
  int? n;
  !cond ? n = 1 : n = 2;
  print(n);
  c? declared = null;
  print(declared);
  var x = cond ? b = false : b;
  print(x);
  print((<T>(List<T> items) => items.length)<int>([1, 2, 3]));
  var fs = [<T>(T a, T b) => a];
  print(fs[0]<num>(1, 2.5));
  int a = 1, z = 2;
  print([a < z, z > a]);
}
