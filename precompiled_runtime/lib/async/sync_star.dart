part of dart.async;

// The runtime side of `sync*` functions (docs/generators.md). The frontend lowers
// (frontend/src/sema/sync_star_lowering.cpp)
//
//   Iterable<T> f(args) sync* { body }
//
// to a plain function returning `_SyncStarIterable<T>(() { inner })`, where the closure `inner`
// is a coroutine (codegen/src/coroutines.cpp) that builds its state and suspends at once:
//
//   :state = _SyncStarIterator<T>(_coroutineFrame());  <suspend>   // the call returns :state
//   L: try { body } catch (e, s) { :state._throw(e, s); return; }
//   :state._end(); return;
//
// with `yield e` -> `_setRunningCoroutineFrameValue(_coroutineFrame(), e); <suspend>;` and
// `yield* e` -> `:state._yieldStar(e); <suspend>; :state._resumeAfterYieldStar();`.
// Each `iterator` calls the closure again, so every iteration runs the body afresh from the
// original arguments (the VM clones the suspended state at the start instead).

final class _SyncStarIterable<T> extends Iterable<T> {
  final _SyncStarIterator<T> Function() _start;

  _SyncStarIterable(this._start);

  Iterator<T> get iterator => _begin();

  // A new run, suspended at its start: its frame is not a root until it is resumed.
  _SyncStarIterator<T> _begin() {
    final _SyncStarIterator<T> state = _start();
    _detachCoroutineFrame(state._frame);
    return state;
  }
}

// One run of a sync* body (its coroutine frame and what the body hands over when it suspends
// or ends) and, for the iterator the program holds, the driver of the whole iteration: as the
// VM's _SyncStarIterator, `yield*` of another sync* iterable does not forward to a nested
// iterator but runs the nested body's state in this one (a stack of states), so each moveNext
// resumes only the innermost body: O(1) native stack however deep the yield* chain is.
//
// moveNext is split for speed (docs/generators.md, "The cost of a hop"): while this state runs
// its own body (no nested state, no nested iterator, not finished) and the body yields a value,
// a moveNext is the resumption and two tests, inlined at its call sites; everything else goes
// through _drive.
//
// What a body hands over when it suspends lives in its frame, not here (docs/generators.md, "The
// hand-over in the frame"): the frame's value word is the yielded value (and, for the iterator
// the program holds, `current`), or the frame itself when the body handed over something else:
// a `yield*` operand (in _yieldStarIterable) or its end (_yieldStarIterable null; _error set
// when an exception escaped the body). No program can yield a frame, and the test after a
// resumption compares two registers. So a hop touches this object only to find the frame, and
// the frame's first cache line for everything else.
final class _SyncStarIterator<T> implements Iterator<T> {
  // The fields a hop reads come first (the header, _frame, _direct), so that they share a cache
  // line more often. _frame is read invariantly (codegen/src/closure_fields.cpp): after the
  // resumption, `current` finds the frame without touching this object again.
  final Object _frame;

  // Driver state (only used on the iterator the program holds).
  // True while moveNext only has to resume this state's own body: no nested state or iterator
  // and not finished. _drive keeps it up to date.
  bool _direct = true;
  bool _finished = false;
  // The running nested states, innermost last; this state itself runs when it is empty or null.
  List<_SyncStarIterator<Object?>>? _nested;
  // The iterator of a `yield*` of an iterable that is not a sync* one.
  Iterator<Object?>? _yieldStarIterator;

  Iterable<Object?>? _yieldStarIterable;
  // An error that escaped the body, or (before a resumption) one to be thrown into the body at
  // its `yield*` (from a nested body or a nested iterator), as the VM's pending exception.
  Object? _error;
  StackTrace? _errorTrace;

  // The frame's value word is the LLVM frame's destroy slot, which the ramp has just filled
  // (docs/generators.md, "Frames on a cache line"): `current` is null until the first yield.
  // The frame is new and running (a root): no barrier.
  _SyncStarIterator(this._frame) {
    _setRunningCoroutineFrameValue(_frame, null);
  }

  // As the VM: `_current as T`, so reading it before moveNext or after the end throws a
  // TypeError unless T is nullable. A value other than null is a T without a test: `yield`
  // values were checked against the element type by the frontend, and a `yield*` operand is an
  // Iterable<T> (its elements are T's).
  T get current {
    final Object? value = _coroutineFrameValue(_frame);
    if (value == null) return value as T;
    return unsafeCast<T>(value);
  }

  // --- Called by the lowered body -------------------------------------------------------------

  void _yieldStar(Iterable<Object?> iterable) {
    _yieldStarIterable = iterable;
    _setRunningCoroutineFrameValue(_frame, _frame);
  }

  // After the suspension of a `yield*`: an error of the nested iteration is thrown here, so a
  // `try` around the `yield*` catches it.
  void _resumeAfterYieldStar() {
    final Object? error = _error;
    if (error != null) {
      final StackTrace trace = _errorTrace ?? StackTrace.current;
      _error = null;
      _errorTrace = null;
      _throwWithTrace(error, trace);
    }
  }

  void _end() {
    _setRunningCoroutineFrameValue(_frame, _frame);
  }

  void _throw(Object error, StackTrace trace) {
    _error = error;
    _errorTrace = trace;
    _setRunningCoroutineFrameValue(_frame, _frame);
  }

  // --- The iteration ---------------------------------------------------------------------------

  // The hop: resume this body; a `yield` of a value returns true at once. (No pending error can
  // be due here: one is only pending for a body that ran a `yield*`, and _drive resumes it.)
  // _frame is read before the test of _direct, unconditionally: in a loop that pulls from this
  // iterator (`while (source.moveNext())` in a sync* body) LLVM then hoists the invariant read
  // out of the loop, and a consumer's frame keeps the source's frame pointer, so the hop reads
  // the source frame's line without waiting for the iterator's (docs/generators.md, "sixth
  // round"). Had the read stayed behind the test, it would not be hoisted (the test guards it).
  @pragma('vm:prefer-inline')
  bool moveNext() {
    final Object frame = _frame;
    if (_direct) {
      if (_coroutineFrameRunning(frame)) _throwAlreadyRunning();
      _attachCoroutineFrame(frame);
      _resumeCoroutine(frame);
      _detachCoroutineFrame(frame);
      if (!_coroutineFrameHandedOver(frame)) return true;
    }
    return _drive();
  }

  // moveNext called from inside the body it would resume (the body holds its own iterator, or
  // that of a sync* run it is nested in by `yield*`): resuming a running coroutine is undefined,
  // so it is an error. (The VM's behaviour here is not documented; see docs/generators.md.)
  @pragma('vm:never-inline')
  static Never _throwAlreadyRunning() {
    throw StateError('Generator is already running');
  }

  // Everything but the hop. On entry, this state's own body has just run and handed over a
  // `yield*` operand or its end exactly when its frame's value is the frame: the loop below
  // replaces that marker in this frame (by null) before it returns or resumes again; a nested
  // state's frame may keep it, but is only read right after its body ran. (Computed here rather
  // than passed, so that moveNext's two calls are one call with nothing to keep across the
  // resumption.)
  @pragma('vm:never-inline')
  bool _drive() {
    bool resumed = _coroutineFrameHandedOver(_frame);
    if (_finished) return false;
    // Until a state yields a value with no nested state or iterator left (below), the next
    // moveNext comes here too: a `yield*` may be about to return a nested iterator's value.
    _direct = false;
    Object? pendingError;
    StackTrace? pendingTrace;
    while (true) {
      _SyncStarIterator<Object?> state = this;
      if (resumed) {
        resumed = false;
      } else {
        final Iterator<Object?>? delegate = _yieldStarIterator;
        if (delegate != null) {
          try {
            if (delegate.moveNext()) {
              _setCoroutineFrameValue(_frame, delegate.current);
              return true;
            }
          } catch (e, s) {
            pendingError = e;
            pendingTrace = s;
          }
          _yieldStarIterator = null;
        }
        final List<_SyncStarIterator<Object?>>? nested = _nested;
        if (nested != null && nested.isNotEmpty) state = nested.last;
        state._error = pendingError;
        state._errorTrace = pendingTrace;
        pendingError = null;
        pendingTrace = null;
        if (_coroutineFrameRunning(state._frame)) _throwAlreadyRunning();
        _attachCoroutineFrame(state._frame);
        _resumeCoroutine(state._frame);
        _detachCoroutineFrame(state._frame);
      }
      if (!_coroutineFrameHandedOver(state._frame)) {
        if (!identical(state, this)) _setCoroutineFrameValue(_frame, _coroutineFrameValue(state._frame));
        _direct = _yieldStarIterator == null && (_nested?.isEmpty ?? true);
        return true;
      }
      final Iterable<Object?>? iterable = state._yieldStarIterable;
      if (iterable == null) {  // the end
        pendingError = state._error;
        pendingTrace = state._errorTrace;
        state._error = null;
        state._errorTrace = null;
        final List<_SyncStarIterator<Object?>>? nested = _nested;
        if (nested != null && nested.isNotEmpty) {
          nested.removeLast();
          continue;  // resume the body that ran this one by `yield*`
        }
        _finished = true;
        _direct = false;
        _setCoroutineFrameValue(_frame, null);
        _nested = null;
        if (pendingError != null) _throwWithTrace(pendingError, pendingTrace ?? StackTrace.current);
        return false;
      }
      state._yieldStarIterable = null;
      _setCoroutineFrameValue(_frame, null);
      if (iterable is _SyncStarIterable<Object?>) {
        (_nested ??= <_SyncStarIterator<Object?>>[]).add(iterable._begin());
      } else {
        try {
          _yieldStarIterator = iterable.iterator;
        } catch (e, s) {
          pendingError = e;
          pendingTrace = s;
        }
      }
    }
  }
}

