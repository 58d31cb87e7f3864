// Regression: errors that reach a catch clause without any `throw` of their class in the
// program (a stream's addError, a completer's completeError, Error.throwWithStackTrace, an
// error from a sync* body rethrown by the iterator) must be caught by `on <Class>`. TFA counted
// only `throw` expressions as thrown values, so such an `on` clause was compiled as unreachable
// and the program died with SIGILL. Expected output: each error is caught by its clause.
import 'dart:async';

class StreamOnly implements Exception {
  String toString() => 'StreamOnly';
}

class CompleterOnly implements Exception {
  String toString() => 'CompleterOnly';
}

class TraceOnly implements Exception {
  String toString() => 'TraceOnly';
}

void main() async {
  var c = StreamController<int>();
  c.addError(StreamOnly());
  c.close();
  try {
    await c.stream.toList();
  } on StreamOnly catch (e) {
    print('caught $e');
  }

  var completer = Completer<int>();
  completer.completeError(CompleterOnly());
  try {
    await completer.future;
  } on CompleterOnly catch (e) {
    print('caught $e');
  }

  try {
    Error.throwWithStackTrace(TraceOnly(), StackTrace.current);
  } on TraceOnly catch (e) {
    print('caught $e');
  }

  try {
    await for (var x in Stream<int>.error(const FormatException('in await for'))) {
      print(x);
    }
  } on FormatException catch (e) {
    print('caught $e');
  }
}
