part of dart.async;

/// Produces a future and completes it later (sdk/lib/async/future.dart's Completer).
abstract interface class Completer<T> {
  factory Completer() => _AsyncCompleter<T>();
  factory Completer.sync() => _SyncCompleter<T>();

  Future<T> get future;
  void complete([FutureOr<T>? value]);
  void completeError(Object error, [StackTrace? stackTrace]);
  bool get isCompleted;
}

abstract class _CompleterBase<T> implements Completer<T> {
  final _Future<T> future = _Future<T>();

  bool get isCompleted => !future._mayComplete;

  void _checkNotCompleted() {
    if (!future._mayComplete) throw StateError("Future already completed");
  }
}

// Completes its future in a microtask, as the VM's _AsyncCompleter.
final class _AsyncCompleter<T> extends _CompleterBase<T> {
  void complete([FutureOr<T>? value]) {
    _checkNotCompleted();
    future._asyncComplete(value);
  }

  void completeError(Object error, [StackTrace? stackTrace]) {
    _checkNotCompleted();
    future._asyncCompleteError(error, stackTrace);
  }
}

// Completes its future at once (listeners run inside complete), as the VM's _SyncCompleter.
final class _SyncCompleter<T> extends _CompleterBase<T> {
  void complete([FutureOr<T>? value]) {
    _checkNotCompleted();
    future._complete(value);
  }

  void completeError(Object error, [StackTrace? stackTrace]) {
    _checkNotCompleted();
    future._completeError(error, stackTrace);
  }
}
