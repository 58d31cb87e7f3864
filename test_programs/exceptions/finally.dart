// finally clauses run on every way out of a try: normal completion, return (the value computed
// before the finally runs is returned unless the finally itself returns), break and continue
// (also labelled, out of several nested trys), an exception caught here, an exception that
// propagates further, and an exception thrown from a catch clause. Nested finally clauses run
// innermost first. A return or break in a finally discards the pending exception or return.
//
// Expectations derived by hand from the Dart language specification (try statement: the finally
// block runs when the try or catch block completes in any way; if the finally block completes
// abruptly, that completion replaces the original one).

var log = <String>[];

int returnFromTry() {
  var x = 1;
  try {
    log.add('try');
    return x;
  } finally {
    x = 100;
    log.add('finally x=$x');
  }
}

int finallyOverridesReturn() {
  try {
    return 1;
  } finally {
    // ignore: control_flow_in_finally
    return 2;
  }
}

int finallySwallowsException() {
  try {
    throw 'lost';
  } finally {
    // ignore: control_flow_in_finally
    return 3;
  }
}

void propagates() {
  try {
    log.add('propagates: try');
    throw StateError('up');
  } finally {
    log.add('propagates: finally');
  }
}

void nested() {
  try {
    try {
      try {
        throw 'deep';
      } finally {
        log.add('finally 1');
      }
    } finally {
      log.add('finally 2');
    }
  } catch (e) {
    log.add('caught $e');
  } finally {
    log.add('finally 3');
  }
}

void throwFromCatch() {
  try {
    throw 1;
  } catch (e) {
    log.add('catch $e');
    throw 'from catch';
  } finally {
    log.add('finally after catch');
  }
}

void flush(String title) {
  print('$title: ${log.join(', ')}');
  log.clear();
}

void main() {
  // Normal completion.
  try {
    log.add('body');
  } finally {
    log.add('finally');
  }
  flush('normal');

  // Return from inside try: the value was computed before the finally ran.
  print(returnFromTry());
  flush('return');
  print(finallyOverridesReturn());
  print(finallySwallowsException());

  // break and continue.
  for (var i = 0; i < 5; i++) {
    try {
      if (i == 1) continue;
      if (i == 3) break;
      log.add('body $i');
    } finally {
      log.add('finally $i');
    }
  }
  flush('loop');
  var k = 0;
  while (true) {
    try {
      k++;
      if (k < 3) continue;
      break;
    } finally {
      log.add('w$k');
    }
  }
  flush('while');
  outer:
  for (var i = 0; i < 3; i++) {
    try {
      for (var j = 0; j < 3; j++) {
        try {
          if (j == 1) continue outer;
          log.add('$i$j');
        } finally {
          log.add('inner $i$j');
        }
      }
    } finally {
      log.add('outer $i');
    }
  }
  flush('labelled');
  var n = 0;
  for (var i = 0; i < 3; i++) {
    try {
      throw i;
    } finally {
      n++;
      // ignore: control_flow_in_finally
      continue;
    }
  }
  print('continue in finally discarded 3 exceptions: $n');

  // Exceptions.
  try {
    log.add('try');
    throw 'oops';
  } catch (e) {
    log.add('catch $e');
  } finally {
    log.add('finally');
  }
  flush('caught');
  try {
    propagates();
  } on StateError catch (e) {
    log.add('main caught ${e.message}');
  }
  flush('propagated');
  nested();
  flush('nested');
  try {
    throwFromCatch();
  } catch (e) {
    log.add('main caught $e');
  }
  flush('from catch');

  // A finally clause whose own try/catch handles an exception does not disturb the pending one.
  try {
    try {
      throw 'first';
    } finally {
      try {
        throw 'second';
      } catch (e) {
        log.add('finally handled $e');
      }
    }
  } catch (e) {
    log.add('outer caught $e');
  }
  flush('pending');
}
