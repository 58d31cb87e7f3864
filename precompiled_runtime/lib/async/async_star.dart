part of dart.async;

// The runtime side of `async*` functions (docs/async.md). The frontend lowers an async* body to
// (frontend/src/sema/async_star_lowering.cpp):
//
//   :future = _AsyncFuture<dynamic>(_coroutineFrame());   // resumes the body after `await`
//   :controller = _AsyncStarStreamController<T>(:future);
//   :stream = :controller.stream;                         // what the call returns
//   L: try { <suspend>; if (:controller._resumedCanceled()) break L; body }  // suspended until listened to
//      catch (e, s) { :controller._throw(e, s); return; }
//   :controller._return(); return;
//
// with `yield e` → `if (:controller._yield(e)) break L; <suspend>; if (:controller._resumedCanceled()) break L;`
// and `yield* s` the same with `_yieldStar(s)`. The observable behaviour is the VM's
// _AsyncStarStreamController (sdk/lib/_internal/vm/lib/async_patch.dart): the body starts in a
// microtask after `listen`; each `yield` delivers its event at once and resumes the body in a
// microtask, or when the subscription resumes if it is paused; a `yield` after the subscription
// is canceled makes the body return (running its `finally` blocks); an error escaping the body
// is the stream's last event before done.
final class _AsyncStarStreamController<T> {
  final _StreamController<T> _controller = _StreamController<T>(true);
  final _AsyncFuture _body;
  bool _isAdding = false;
  bool _onListenReceived = false;
  bool _isScheduled = false;
  bool _isSuspendedAtYield = false;
  bool _canceledAtResume = false;
  _Future<void>? _cancellationFuture;

  _AsyncStarStreamController(this._body) {
    _controller.onListen = _onListen;
    _controller.onResume = _onResume;
    _controller.onCancel = _onCancel;
  }

  Stream<T> get stream => _controller.stream;

  void _runBody() {
    _isScheduled = false;
    _isSuspendedAtYield = false;
    _canceledAtResume = !_controller.hasListener;
    _resumeCoroutine(_body._frame);
  }

  void _scheduleGenerator() {
    if (_isScheduled || _controller.isPaused || _isAdding) return;
    _isScheduled = true;
    _scheduleMicrotask(_runBody);
  }

  // After a suspension at the start or at a yield: whether the listener has gone, so the body
  // must return.
  bool _resumedCanceled() => _canceledAtResume;

  // `yield event`: true when the body must return instead of suspending.
  bool _yield(Object? event) {
    _controller.add(unsafeCast<T>(event));
    if (!_controller.hasListener) return true;
    _scheduleGenerator();
    _isSuspendedAtYield = true;
    return false;
  }

  // `yield* stream`: the body resumes when all its events are delivered.
  bool _yieldStar(Object? source) {
    if (!_controller.hasListener) return true;
    _isAdding = true;
    Future done = _controller.addStream(unsafeCast<Stream<T>>(source), cancelOnError: false);
    done.then<void>((Object? _) {
      _isAdding = false;
      _scheduleGenerator();
      if (!_isScheduled) _isSuspendedAtYield = true;
    });
    return false;
  }

  // An error escaping the body.
  void _throw(Object error, StackTrace trace) {
    _Future<void>? cancellation = _cancellationFuture;
    if (cancellation != null && cancellation._mayComplete) {
      cancellation._completeError(error, trace);
    } else if (_controller.hasListener) {
      _controller.addError(error, trace);
    }
    _return();
  }

  // The end of the body.
  void _return() {
    _Future<void>? cancellation = _cancellationFuture;
    if (cancellation != null && cancellation._mayComplete) cancellation._completeWithValue(null);
    _controller.close();
  }

  void _onListen() {
    _onListenReceived = true;
    _scheduleGenerator();
  }

  void _onResume() {
    if (_isSuspendedAtYield) _scheduleGenerator();
  }

  Future<void>? _onCancel() {
    if (_controller.isClosed) return null;
    if (_cancellationFuture == null) {
      _cancellationFuture = _Future<void>();
      // Only a body suspended at a yield is resumed (to return); one waiting in an await goes on.
      if (_isSuspendedAtYield) _scheduleGenerator();
    }
    return _cancellationFuture;
  }
}
