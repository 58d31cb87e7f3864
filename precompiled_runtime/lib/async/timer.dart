part of dart.async;

/// A countdown that runs a callback once (or periodically) on the event loop.
abstract interface class Timer {
  factory Timer(Duration duration, void Function() callback) {
    return _TimerImpl(duration, (Timer t) => callback(), false);
  }

  factory Timer.periodic(Duration duration, void Function(Timer timer) callback) {
    return _TimerImpl(duration, callback, true);
  }

  static void run(void Function() callback) {
    Timer(Duration.zero, callback);
  }

  void cancel();
  int get tick;
  bool get isActive;
}

// As the VM's _Timer: millisecond resolution on a monotonic clock; timers that wake up at the
// same millisecond run in the order they were created.
final class _TimerImpl implements Timer {
  static int _nextId = 0;
  void Function(Timer)? _callback;
  final int _periodMillis;
  final bool _repeating;
  int _wakeupMillis;
  int _id;
  int _tick = 0;
  int _heapIndex = -1;
  // A zero-duration timer's place among the isolate's messages (the VM queues it as a message
  // when it is made; docs/isolates.md "Order"); -1 for the others, which are queued when due.
  int _sequence = -1;

  _TimerImpl(Duration duration, void Function(Timer) callback, bool repeating)
      : _callback = _bindToZone(callback),
        _periodMillis = _clampMillis(duration, repeating),
        _repeating = repeating,
        _wakeupMillis = 0,
        _id = _nextId++ {
    _requireEventLoop();
    _wakeupMillis = _nowMillis() + _periodMillis;
    if (_periodMillis == 0) _sequence = _eventSequence();
    _TimerHeap.add(this);
  }

  @pragma('dartc:native', 'dartrt_event_sequence')
  external static int _eventSequence();

  // A timer made in a zone runs its callback there; what it throws is that zone's uncaught error.
  static void Function(Timer) _bindToZone(void Function(Timer) callback) {
    _CustomZone? zone = _customZone;
    if (zone == null) return callback;
    return (Timer t) => _runGuardedIn(zone, () => callback(t));
  }

  static int _clampMillis(Duration duration, bool repeating) {
    int ms = duration.inMilliseconds;
    if (ms < 0) ms = 0;
    // A periodic timer of zero duration ticks at least a millisecond apart (the VM's rule).
    if (repeating && ms == 0) ms = 1;
    return ms;
  }

  static int _nowMillis() => _monotonicMicros() ~/ 1000;

  @pragma('dartc:native', 'dartrt_monotonic_micros')
  external static int _monotonicMicros();

  int get tick => _tick;
  bool get isActive => _callback != null;

  void cancel() {
    _callback = null;
    if (_heapIndex >= 0) _TimerHeap.remove(this);
  }

  bool _before(_TimerImpl other) =>
      _wakeupMillis < other._wakeupMillis || (_wakeupMillis == other._wakeupMillis && _id < other._id);

  void _fire() {
    void Function(Timer)? callback = _callback;
    if (callback == null) return;
    if (!_repeating) {
      _callback = null;
      _tick = 1;
      callback(this);
      return;
    }
    // Ticks missed while the loop was busy are skipped and counted, as in the VM.
    int overdue = _nowMillis() - _wakeupMillis;
    if (overdue > _periodMillis) {
      int missed = overdue ~/ _periodMillis;
      _wakeupMillis += missed * _periodMillis;
      _tick += missed;
    }
    _tick += 1;
    callback(this);
    if (_callback != null) {
      _wakeupMillis += _periodMillis;
      _id = _nextId++;
      _TimerHeap.add(this);
    }
  }
}

// A binary min-heap of pending timers, ordered by wake-up time then creation. Top-level
// functions over a list rather than a class: a class allocated by a static's initializer would
// be kept (and laid out) in every program that loads dart:async.
List<_TimerImpl?> _timerItems = <_TimerImpl?>[];

final class _TimerHeap {
  static _TimerImpl? get first => _timerItems.isEmpty ? null : _timerItems[0];

  static void add(_TimerImpl t) {
    _timerItems.add(t);
    t._heapIndex = _timerItems.length - 1;
    _siftUp(_timerItems.length - 1);
  }

  static void removeFirst() => _removeAt(0);

  static void remove(_TimerImpl t) => _removeAt(t._heapIndex);

  static void _removeAt(int i) {
    _TimerImpl gone = _timerItems[i]!;
    gone._heapIndex = -1;
    _TimerImpl? last = _timerItems.removeLast();
    if (i == _timerItems.length) return;
    _timerItems[i] = last;
    last!._heapIndex = i;
    _siftDown(i);
    _siftUp(i);
  }

  static void _swap(int i, int j) {
    _TimerImpl a = _timerItems[i]!;
    _TimerImpl b = _timerItems[j]!;
    _timerItems[i] = b;
    _timerItems[j] = a;
    b._heapIndex = i;
    a._heapIndex = j;
  }

  static void _siftUp(int i) {
    while (i > 0) {
      int parent = (i - 1) ~/ 2;
      if (!_timerItems[i]!._before(_timerItems[parent]!)) return;
      _swap(i, parent);
      i = parent;
    }
  }

  static void _siftDown(int i) {
    while (true) {
      int left = 2 * i + 1;
      if (left >= _timerItems.length) return;
      int smallest = left;
      int right = left + 1;
      if (right < _timerItems.length && _timerItems[right]!._before(_timerItems[left]!)) smallest = right;
      if (!_timerItems[smallest]!._before(_timerItems[i]!)) return;
      _swap(i, smallest);
      i = smallest;
    }
  }
}
