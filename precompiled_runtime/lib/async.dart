// dart:async for dartc: the single-isolate event model (docs/async.md). Future, FutureOr,
// Completer, Timer, scheduleMicrotask, TimeoutException, and the runtime side of `async`/`await`.
// Observable behaviour (the order in which callbacks run, error texts) follows the Dart VM's
// sdk/lib/async and sdk/lib/_internal/vm/lib; the code is dartc's own. Streams (stream*.dart) and
// async* (async_star.dart) are here; zones (zone.dart) as far as runZonedGuarded needs.
library dart.async;

import 'dart:_internal' show unsafeCast, IterableElementError, reportUnhandledError;

part 'async/event_loop.dart';
part 'async/timer.dart';
part 'async/future.dart';
part 'async/future_impl.dart';
part 'async/completer.dart';
part 'async/async_function.dart';
part 'async/stream.dart';
part 'async/stream_subscription.dart';
part 'async/stream_controller.dart';
part 'async/stream_pipe.dart';
part 'async/stream_adapters.dart';
part 'async/stream_multi.dart';
part 'async/stream_transformers.dart';
part 'async/async_star.dart';
part 'async/zone.dart';
part 'async/sync_star.dart';
