// dart:core for dartc. Written in Dart and compiled with every program (tree shaking keeps only
// what the program uses). `external` members are implemented by the compiler (intrinsics) or by
// the runtime (precompiled_runtime/src, bound with @pragma('dartc:native', 'symbol')).
library dart.core;

import 'dart:_internal';
import 'dart:collection';
import 'dart:math' show Random;

export 'dart:collection' show IterableExtensions, NullableIterableExtensions;
export 'dart:async' show Future, FutureOr, Stream;

part 'core/object.dart';
part 'core/numbers.dart';
part 'core/string.dart';
part 'core/regexp.dart';
part 'core/iterable.dart';
part 'core/list.dart';
part 'core/sort.dart';
part 'core/map.dart';
part 'core/set.dart';
part 'core/hash.dart';
part 'core/errors.dart';
part 'core/invocation.dart';
part 'core/time.dart';
part 'core/date_time_extras.dart';
part 'core/bigint.dart';
part 'core/record.dart';
part 'core/uri.dart';
part 'core/sink.dart';
