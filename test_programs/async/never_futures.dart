// Futures whose value type is inferred as Never (a callback whose block body only throws has
// return type Never: inference.md, "Function literal return type inference"), and error
// handlers whose result is not of the future's type.
//
// An error handler is only a `Function`, so the VM's _FutureListener.handleError
// (sdk/lib/async/future_impl.dart) casts its result to FutureOr<T> and, on a TypeError, completes
// the future with ArgumentError("The error handler of Future.then must return a value of the
// returned future's type", "onError") (for catchError: "... of Future.catchError must return a
// value of the future's type"). dartc completed the future with the value instead; awaiting a
// Future<Never> that held a value crashed the program ("landing pad received a foreign
// exception"), which is why inferring Never for such closures was reverted before.
//
// Expectations derived by hand from those rules and from ArgumentError.toString in
// sdk/lib/core/errors.dart ("Invalid argument(s) (onError): ..." when no value is given).
import 'dart:async';

Future<void> show(String label, Future<Object?> f) async {
  try {
    print('$label: value ${await f}');
  } catch (e) {
    print('$label: error ${e is ArgumentError ? 'ArgumentError: $e' : e}');
  }
}

void main() async {
  var thrown = Future.value(1).then((v) { throw 'from onValue'; });
  print('then((v) { throw ...; }): ${thrown.runtimeType}');
  await show('1', thrown);
  // `var`: no context type, so then's type argument is inferred from the callback alone.
  var handled = Future<int>.error('b').then((v) { throw 'a'; }, onError: (e) => 5);
  await show('2', handled);
  await show('3', Future<int>.error('c').then((v) { throw 'a'; }).catchError((e) => 7));
  var computed = Future(() { throw 'd'; });
  print('Future(() { throw ...; }): ${computed.runtimeType}');
  await show('4', computed);
  await show('5', Future(() { throw 'e'; }).catchError((e) => 8));
  await show('6', Future.sync(() { throw 'f'; }).whenComplete(() {}));
  await show('7', Future.delayed(Duration.zero, () { throw 'g'; }).timeout(Duration(seconds: 5)));
  var completer = Completer<Never>();
  completer.completeError('h');
  await show('8', completer.future);
  // A handler of the wrong type on a Future<int>, and right ones.
  await show('9', Future<int>.error('i').catchError((e) => 'text'));
  await show('10', Future<int>.error('j').catchError((e) => Future.value(10)));
  await show('11', Future<int>.error('k').catchError((e, s) => 11));
  await show('12', Future<int?>.error('l').catchError((e) => null));
  var wrongThen = Future<int>.error('m').then((v) => v, onError: (e) => 'x');
  await show('13', wrongThen);
  // The handler rethrows: the original error, unchanged.
  await show('14', Future<Never>.error('n').catchError((e) { throw e; }));
}
