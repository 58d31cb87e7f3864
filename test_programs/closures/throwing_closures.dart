// A function literal whose block body only throws (its end is unreachable and it has no return
// statement) has return type Never (inference.md, "Function literal return type inference": the
// actual returned type T starts as Never when the end of the body is not reachable; with a
// context return type R, T <: R keeps T). dartc inferred `void`, so
// `runZonedGuarded<int>(() { throw e; }, ...)` was rejected: void Function() is not an
// int Function(), while Never Function() is.
//
// Expectations derived by hand from that rule, the VM's runtimeType format for function types,
// and runZonedGuarded's documentation (a synchronous error in the body goes to onError and the
// call returns null).
import 'dart:async';

Never fail(String why) => throw StateError(why);

void main() {
  var thrower = () { throw StateError('no'); };
  print('throw only: ${thrower.runtimeType}');
  var viaCall = (int x) { fail('x=$x'); };
  print('ends in a Never call: ${viaCall.runtimeType}');
  var asyncThrow = () async { throw 1; };
  print('async, throw only: ${asyncThrow.runtimeType}');
  int Function() throwsInt = () { throw 'x'; };
  print('int context: ${throwsInt.runtimeType}');
  void Function() voidContext = () { throw 'y'; };
  print('void context: ${voidContext.runtimeType}');
  local() { throw 'z'; }
  print('local function: ${local.runtimeType}');

  var r = runZonedGuarded<int>(() { throw ArgumentError('zoned'); }, (e, s) => print('onError: $e'));
  print('runZonedGuarded returned $r');
  String s = [1, 2].fold<String>('', (acc, x) => acc + '$x');
  print('fold: $s');
  try {
    var v = <int>[].firstWhere((x) => x > 0, orElse: () { throw RangeError('none'); });
    print('firstWhere: $v');
  } on RangeError catch (e) {
    print('orElse threw: $e');
  }
  Object o = thrower;
  print('Never Function() is int Function(): ${o is int Function()}');
  print('Never Function() is String? Function(): ${o is String? Function()}');
  print('Never Function() is void Function(int): ${o is void Function(int)}');
  try {
    thrower();
  } on StateError catch (e) {
    print('called: $e');
  }
}
