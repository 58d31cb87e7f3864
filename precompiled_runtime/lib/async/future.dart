part of dart.async;

/// A value of type `Future<T>` or `T` (only a type: it has no instances).
abstract class FutureOr<T> {
  FutureOr._() {
    throw UnsupportedError("FutureOr cannot be instantiated");
  }
}

/// The result of an asynchronous computation (sdk/lib/async/future.dart's API).
abstract interface class Future<T> {
  factory Future(FutureOr<T> Function() computation) {
    _Future<T> result = _Future<T>();
    Timer.run(() {
      try {
        result._complete(computation());
      } catch (e, s) {
        result._completeError(e, s);
      }
    });
    return result;
  }

  factory Future.microtask(FutureOr<T> Function() computation) {
    _Future<T> result = _Future<T>();
    scheduleMicrotask(() {
      try {
        result._complete(computation());
      } catch (e, s) {
        result._completeError(e, s);
      }
    });
    return result;
  }

  factory Future.sync(FutureOr<T> Function() computation) {
    try {
      FutureOr<T> result = computation();
      if (result is Future) return unsafeCast<Future<T>>(result);
      return _Future<T>.value(result);
    } catch (e, s) {
      return _Future<T>.error(e, s);
    }
  }

  factory Future.value([FutureOr<T>? value]) => _Future<T>.value(value);

  factory Future.error(Object error, [StackTrace? stackTrace]) => _Future<T>.error(error, stackTrace);

  factory Future.delayed(Duration duration, [FutureOr<T> Function()? computation]) {
    _Future<T> result = _Future<T>();
    Timer(duration, () {
      if (computation == null) {
        result._complete(null);
        return;
      }
      try {
        result._complete(computation());
      } catch (e, s) {
        result._completeError(e, s);
      }
    });
    return result;
  }

  /// Waits for every future; the list of their values in order, or the first error (after all
  /// have completed, as the VM does with `eagerError: false`).
  static Future<List<T>> wait<T>(Iterable<Future<T>> futures, {bool eagerError = false}) {
    List<Future<T>> all = futures.toList();
    _Future<List<T>> result = _Future<List<T>>();
    if (all.isEmpty) {
      result._asyncComplete(<T>[]);
      return result;
    }
    List<T?> values = List<T?>.filled(all.length, null);
    int remaining = all.length;
    Object? firstError;
    StackTrace? firstTrace;
    bool failed = false;
    for (int i = 0; i < all.length; i++) {
      int index = i;
      all[i].then<void>((T value) {
        values[index] = value;
        remaining--;
        if (remaining == 0) {
          if (failed) {
            result._completeError(firstError!, firstTrace);
          } else {
            result._completeWithValue(List<T>.from(values));
          }
        }
      }, onError: (Object e, StackTrace s) {
        remaining--;
        if (!failed) {
          failed = true;
          firstError = e;
          firstTrace = s;
          if (eagerError) result._completeError(e, s);
        }
        if (remaining == 0 && !eagerError) result._completeError(firstError!, firstTrace);
      });
    }
    return result;
  }

  /// The first of [futures] to complete, with its value or error (the VM's Future.any: the
  /// others' results are ignored; with no futures it never completes).
  static Future<T> any<T>(Iterable<Future<T>> futures) {
    Completer<T> completer = Completer<T>.sync();
    void onValue(T value) {
      if (!completer.isCompleted) completer.complete(value);
    }

    void onError(Object error, StackTrace stack) {
      if (!completer.isCompleted) completer.completeError(error, stack);
    }

    for (Future<T> future in futures) {
      future.then(onValue, onError: onError);
    }
    return completer.future;
  }

  /// Runs [action] on each element in turn, waiting for the future it returns (if any) before
  /// the next; the first error stops the iteration (the VM's Future.forEach, over doWhile).
  static Future<void> forEach<T>(Iterable<T> elements, FutureOr Function(T element) action) {
    Iterator<T> iterator = elements.iterator;
    return doWhile(() {
      if (!iterator.moveNext()) return false;
      FutureOr result = action(iterator.current);
      if (result is Future) return result.then(_kTrue);
      return true;
    });
  }

  static bool _kTrue(Object? _) => true;

  /// Runs [action] until it returns false (or a future of false); synchronous results loop
  /// without waiting, and an error, thrown or as the future's, completes the result (the VM's
  /// Future.doWhile: a thrown error completes it in a later microtask).
  static Future<void> doWhile(FutureOr<bool> Function() action) {
    _Future<void> doneSignal = _Future<void>();
    late void Function(bool) nextIteration;
    nextIteration = Zone.current.bindUnaryCallbackGuarded((bool keepGoing) {
      while (keepGoing) {
        FutureOr<bool> result;
        try {
          result = action();
        } catch (error, stackTrace) {
          doneSignal._asyncCompleteError(error, stackTrace);
          return;
        }
        if (result is Future<bool>) {
          result.then(nextIteration, onError: doneSignal._completeError);
          return;
        }
        keepGoing = result;
      }
      doneSignal._complete(null);
    });
    nextIteration(true);
    return doneSignal;
  }

  Future<R> then<R>(FutureOr<R> Function(T value) onValue, {Function? onError});
  Future<T> catchError(Function onError, {bool Function(Object error)? test});
  Future<T> whenComplete(FutureOr<void> Function() action);
  Future<T> timeout(Duration timeLimit, {FutureOr<T> Function()? onTimeout});
}

/// Marks a future as deliberately not awaited (the lints' unawaited_futures); does nothing.
void unawaited(Future<void>? future) {}

/// Thrown by [Future.timeout] when the time limit passes.
class TimeoutException implements Exception {
  final String? message;
  final Duration? duration;

  TimeoutException(this.message, [this.duration]);

  String toString() {
    String result = "TimeoutException";
    if (duration != null) result = "TimeoutException after $duration";
    if (message != null) result = "$result: $message";
    return result;
  }
}
