// dart:_internal for dartc: implementation pieces shared by dart:core and dart:collection (lazy
// iterables, the list sort, the toString helpers of collections). Visible to SDK libraries only.
library dart._internal;

import 'dart:collection';

part 'internal/iterables.dart';
part 'internal/to_string.dart';

/// Returns [value] typed as [T] without a check. Only for values the library itself stored with
/// the right type (elements of untyped backing arrays). Codegen may make this a no-op intrinsic.
// An unchecked cast (a compiler intrinsic): for values the caller knows to have type T.
external T unsafeCast<T>(Object? value);

/// Prints an error that nothing caught as the Dart VM does (its toString, or "Instance of 'C'"
/// when that throws, then the stack trace) and ends the isolate: exit code 255 in the main
/// isolate, the end of that isolate in a spawned one (the runtime's dartrt_unhandled_exception).
/// Shared by main's entry (dart:core), the root zone's uncaught async errors (dart:async) and a
/// spawned isolate's entry point (dart:isolate).
void reportUnhandledError(Object? error, Object? stackTrace) {
  String text;
  try {
    text = error.toString();
  } catch (e) {
    text = "Instance of '${_className(error)}'";
  }
  _unhandledException(text, stackTrace);
}

external void _unhandledException(String text, Object? stackTrace);
external String _className(Object? value);

/// Marker for iterables whose `length` is cheap (lists, sets, map views): lets `take`, `skip`,
/// `map` and friends return iterables with an efficient length too, as the SDK does.
abstract class EfficientLengthIterable<T> extends Iterable<T> {
  const EfficientLengthIterable();
  int get length;
}

/// The errors collections throw for missing or surplus elements (texts of the Dart SDK).
abstract final class IterableElementError {
  static StateError noElement() => StateError("No element");
  static StateError tooMany() => StateError("Too many elements");
  static StateError tooFew() => StateError("Too few elements");
}

/// Whether [iterable] is one of the VM's built-in list classes or another list (for bulk copies).
bool isEfficientLength(Iterable<Object?> iterable) => iterable is EfficientLengthIterable || iterable is List;
