part of dart.async;

// The runtime side of `async` functions (docs/async.md). The frontend lowers an async body to
// (frontend/src/sema/async_lowering.cpp):
//
//   :future = _AsyncFuture<T>(_coroutineFrame());
//   try { body } catch (e, s) { :future._throw(e, s); return; }
//   :future._return(result);
//
// with each `await e` becoming `:future._await(e); <suspend>; :future._awaitResult()`. Codegen
// makes the function an LLVM coroutine whose frame is a heap object (_coroutineFrame); this
// class resumes it (_resumeCoroutine) when the awaited value is there.
final class _AsyncFuture<T> extends _Future<T> {
  final Object _frame;
  bool _hasSuspended = false;
  bool _resumeFailed = false;
  Object? _resumeValue;
  StackTrace? _resumeTrace;

  _AsyncFuture(this._frame);

  // Before the suspension of `await value`: arranges the resumption, as the VM's
  // _SuspendState._await: a complete future or a plain value resumes in a microtask; a pending
  // future resumes the function as soon as it completes.
  void _await(Object? value) {
    _hasSuspended = true;
    if (value is _Future) {
      if (value._isComplete) {
        _Future source = value;
        _scheduleMicrotask(() => _resumeWith(source._state == _Future._hasError, source._result, source._trace));
      } else {
        value._addListener(_Listener(_Listener._await, this, null, null, null));
      }
    } else if (value is Future) {
      value.then<void>((Object? v) => _resumeWith(false, v, null),
          onError: (Object e, StackTrace s) => _resumeWith(true, e, s));
    } else {
      _scheduleMicrotask(() => _resumeWith(false, value, null));
    }
  }

  void _resumeWith(bool failed, Object? value, StackTrace? trace) {
    _resumeFailed = failed;
    _resumeValue = value;
    _resumeTrace = trace;
    _resumeCoroutine(_frame);
  }

  // After the suspension: the awaited value, or its error thrown with its stack trace.
  Object? _awaitResult() {
    Object? value = _resumeValue;
    _resumeValue = null;
    if (_resumeFailed) {
      _resumeFailed = false;
      StackTrace trace = _resumeTrace ?? StackTrace.current;
      _resumeTrace = null;
      _throwWithTrace(value!, trace);
    }
    return value;
  }

  // `return value` (or the end of the body). A function that has not suspended completes its
  // future in a microtask, one that has at once; a returned future is awaited (Dart 3).
  void _return(Object? value) {
    if (value is Future) {
      _chain(value);
    } else if (_hasSuspended) {
      _completeWithValue(value);
    } else {
      _asyncComplete(value);
    }
  }

  void _throw(Object error, StackTrace trace) {
    if (_hasSuspended) {
      _completeError(error, trace);
    } else {
      _asyncCompleteError(error, trace);
    }
  }
}

// Codegen intrinsics (codegen/src/intrinsics.cpp): the frame object of the coroutine being
// run, resuming a suspended coroutine, and throwing with a given stack trace.
external Object _coroutineFrame();
// Invisible: the VM's resumption is a stub, so a body's frame sits right above its resumer's.
@pragma('vm:invisible')
external void _resumeCoroutine(Object frame);
// A sync* run's frame is off the live-frame list (not a root) while the run is suspended, so an
// abandoned run is collected with its iterator (docs/generators.md, "Frames").
external void _detachCoroutineFrame(Object frame);
external void _attachCoroutineFrame(Object frame);
// Whether a sync* run's body is running now (its frame attached): moveNext from inside the body
// it would resume.
external bool _coroutineFrameRunning(Object frame);
// The hand-over word of a sync* run's frame (docs/generators.md, "The hand-over in the frame"):
// the value its body yielded (null before the first), or the frame itself after a `yield*` or
// the end. The body stores it with _setRunningCoroutineFrameValue into its own, running frame (a
// root: no barrier); the driver's stores into a suspended frame have a barrier.
external Object? _coroutineFrameValue(Object frame);
external void _setCoroutineFrameValue(Object frame, Object? value);
external void _setRunningCoroutineFrameValue(Object frame, Object? value);
// Whether the value word holds the frame itself (a word compare).
external bool _coroutineFrameHandedOver(Object frame);
external Never _throwWithTrace(Object error, StackTrace trace);
