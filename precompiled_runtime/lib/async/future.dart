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

  Future<R> then<R>(FutureOr<R> Function(T value) onValue, {Function? onError});
  Future<T> catchError(Function onError, {bool Function(Object error)? test});
  Future<T> whenComplete(FutureOr<void> Function() action);
  Future<T> timeout(Duration timeLimit, {FutureOr<T> Function()? onTimeout});
}

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
