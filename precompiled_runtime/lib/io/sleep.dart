part of dart.io;

/// Blocks the isolate for [duration] (timers and microtasks wait too), as the VM's sleep.
void sleep(Duration duration) {
  // Whole milliseconds, as the VM's sleep (sdk/lib/_internal/vm/bin/io_patch's sleep).
  int milliseconds = duration.inMilliseconds;
  if (milliseconds < 0) {
    throw ArgumentError("sleep: duration cannot be negative");
  }
  _sleepMicros(milliseconds * 1000);
}

@pragma('dartc:native', 'dartrt_sleep_micros')
external void _sleepMicros(int micros);
