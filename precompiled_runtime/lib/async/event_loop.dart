part of dart.async;

// The isolate's event loop (DESIGN.md §6): after `main` returns, codegen's entry point calls
// _runEventLoop, which runs until no work is left. As in the VM, the microtask queue is drained
// completely before the next timer runs, and again after every timer callback
// (sdk/lib/_internal/vm/lib/timer_impl.dart, _runTimers).

// Callbacks of the microtask queue (scheduleMicrotask, future completions), in FIFO order. A
// growable list used as a queue: `_microtaskHead` is the next one to run.
List<void Function()> _microtasks = <void Function()>[];
int _microtaskHead = 0;

// Priority callbacks run before the rest of the queue: the root zone's report of an uncaught
// async error (the VM's _schedulePriorityAsyncCallback).
List<void Function()> _priorityMicrotasks = <void Function()>[];

void _scheduleMicrotask(void Function() callback) {
  _requireEventLoop();
  _CustomZone? zone = _customZone;
  // Registered in a zone: it runs there, and what it throws is that zone's uncaught error. (The
  // closure is made in another function: capturing `callback` here would allocate a context on
  // every call, zone or not.)
  _microtasks.add(zone == null ? callback : _bindGuarded(zone, callback));
}

void Function() _bindGuarded(_CustomZone zone, void Function() callback) => () => _runGuardedIn(zone, callback);

// Reachable exactly when a program schedules work: type-flow analysis then keeps
// _runEventLoop, and codegen's entry point calls it after `main` (tfa/src/implicit_members.cpp).
void _requireEventLoop() {}

void _schedulePriorityMicrotask(void Function() callback) {
  _priorityMicrotasks.add(callback);
}

/// Runs [callback] asynchronously, after the current code and before any timer.
void scheduleMicrotask(void Function() callback) {
  _scheduleMicrotask(callback);
}

void _drainMicrotasks() {
  while (true) {
    if (_priorityMicrotasks.isNotEmpty) {
      void Function() first = _priorityMicrotasks.removeAt(0);
      first();
      continue;
    }
    if (_microtaskHead >= _microtasks.length) break;
    void Function() callback = _microtasks[_microtaskHead];
    _microtaskHead++;
    if (_microtaskHead >= 1024 && _microtaskHead * 2 >= _microtasks.length) {
      // Drop the callbacks already run so the queue does not grow without bound.
      _microtasks = _microtasks.sublist(_microtaskHead);
      _microtaskHead = 0;
    }
    callback();
  }
  _microtasks.clear();
  _microtaskHead = 0;
}

void _runEventLoop() {
  _drainMicrotasks();
  while (true) {
    _TimerImpl? next = _TimerHeap.first;
    int now = next == null ? 0 : _TimerImpl._nowMillis();
    if (next == null || next._wakeupMillis > now) {
      // Messages come after timers (docs/isolates.md): with no timer due, take the isolate's next
      // port message (dart:isolate's handler runs it, then the microtasks), waiting for one until
      // the next timer is due, or without limit while a receive port is open. No timer and
      // nothing to wait for: the isolate is done.
      int port = _waitForMessage(next == null ? -1 : (next._wakeupMillis - now) * 1000);
      if (port != 0) {
        _messageHandler()!(port);
        _drainMicrotasks();
      } else if (next == null) {
        break;
      }
      continue;
    }
    // A due timer: the VM delivers it as a message queued when the timer was made (zero
    // duration) or came due, so a message queued before that runs first.
    if (_messagePrecedes(next._sequence, next._wakeupMillis * 1000)) {
      int port = _waitForMessage(0);
      if (port != 0) {
        _messageHandler()!(port);
        _drainMicrotasks();
      }
      continue;
    }
    _TimerHeap.removeFirst();
    next._fire();
    _drainMicrotasks();
  }
}

@pragma('dartc:native', 'dartrt_isolate_message_precedes')
external bool _messagePrecedes(int timerSequence, int timerMicros);

// The runtime's message hook (precompiled_runtime/src/isolate_threads.cpp): the port the next
// message is for (0: none came in time; it sleeps like a timer wait), and dart:isolate's
// handler that delivers it.
@pragma('dartc:native', 'dartrt_isolate_wait_for_message')
external int _waitForMessage(int waitMicros);
@pragma('dartc:native', 'dartrt_isolate_message_handler')
external void Function(int)? _messageHandler();
