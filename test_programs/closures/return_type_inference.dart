// A function literal's inferred return type (inference.md, "Function literal return type
// inference"; the analyzer's BodyInferenceContext and the CFE follow it): the actual returned type
// T starts as Null when the end of a block body is reachable, and takes the UP of each `return e;`
// (flattened for async) and of Null for each `return;`. With a context return type R: S is void
// when R is void (FutureOr<void> for async), else T when T <: R, else R.
// An async literal returns Future<flatten(S)>. Local functions without a return type are
// inferred the same way, with no context.
//
// dartc used to infer `void` for a body with no return value (so `print(f())` was rejected), and
// the context's nullable type for one that returns only null.
//
// Expectations derived by hand from those rules; runtimeType prints a function type as the VM
// does (`() => Null`).
int? maybe(bool b) => b ? 1 : null;

void main() {
  var empty = () {};
  print('() {}: ${empty.runtimeType}');
  print('its value: ${empty()}');
  var bare = () { return; };
  print('return;: ${bare.runtimeType}');
  var some = (bool b) {
    if (b) return 1;
  };
  print('return 1 or fall off: ${some.runtimeType} ${some(true)} ${some(false)}');
  local() {}
  print('local function: ${local.runtimeType}');
  var asyncEmpty = () async {};
  print('async {}: ${asyncEmpty.runtimeType}');

  // Context return types.
  void Function() voidContext = () {};
  print('void context: ${voidContext.runtimeType}');
  void Function() voidArrow = () => 1;
  print('void context, => 1: ${voidArrow.runtimeType}');
  Future<void> Function() futureVoid = () async {};
  print('async, Future<void> context: ${futureVoid.runtimeType}');
  int? Function() nullable = () { return null; };
  print('int? context, return null: ${nullable.runtimeType}');
  num Function() widened = () { return 1; };
  print('num context, return 1: ${widened.runtimeType}');
  Object Function(bool) context = (b) {
    if (b) return 'yes';
    return 2;
  };
  print('Object context: ${context.runtimeType}');
  var n = [1, 2, 3].map((x) { if (x > 5) throw x; return maybe(x.isOdd); }).toList();
  print('map: $n ${n.runtimeType}');
}
