// dart:core for dartc. Written in Dart and compiled with every program (tree shaking keeps only
// what the program uses). `external` members are implemented by the compiler (intrinsics) or by
// the runtime (precompiled_runtime/src); codegen binds them by their qualified name.
library dart.core;

part 'core/object.dart';
part 'core/numbers.dart';
part 'core/string.dart';
part 'core/collections.dart';
part 'core/errors.dart';
part 'core/misc.dart';
