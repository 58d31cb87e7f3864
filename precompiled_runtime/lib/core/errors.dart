part of dart.core;

// Errors and exceptions with the Dart SDK's texts (sdk/lib/core/errors.dart, exceptions.dart).

class Error {
  Error();

  // The way errors quote values: numbers, booleans and null as themselves, strings in quotes,
  // other objects as "Instance of 'C'" (their own toString could throw).
  static String safeToString(Object? object) {
    if (object == null || object is num || object is bool) return object.toString();
    if (object is String) return _quoteString(object);
    return "Instance of '${_className(object)}'";
  }

  StackTrace? get stackTrace => null;

  // Throws `error` with `stackTrace` as its trace, which a `catch (e, s)` receives as `s`
  // (sdk/lib/core/errors.dart). The VM also records the trace in an Error that has none; dartc's
  // Error.stackTrace is always null (docs/stack-traces.md), so there is nothing to record.
  static Never throwWithStackTrace(Object error, StackTrace stackTrace) => _throwWithTrace(error, stackTrace);
}

external Never _throwWithTrace(Object error, StackTrace trace);

// Strings are quoted the way jsonEncode writes them (what the Dart VM's safeToString uses).
String _quoteString(String s) {
  StringBuffer buffer = StringBuffer('"');
  for (int i = 0; i < s.length; i++) {
    int c = s.codeUnitAt(i);
    if (c == 0x22) {
      buffer.write('\\"');
    } else if (c == 0x5C) {
      buffer.write('\\\\');
    } else if (c == 0x08) {
      buffer.write('\\b');
    } else if (c == 0x09) {
      buffer.write('\\t');
    } else if (c == 0x0A) {
      buffer.write('\\n');
    } else if (c == 0x0C) {
      buffer.write('\\f');
    } else if (c == 0x0D) {
      buffer.write('\\r');
    } else if (c < 0x20 || (c >= 0xD800 && c <= 0xDFFF && !_isPairedSurrogate(s, i))) {
      buffer.write('\\u');
      String hex = c.toRadixString(16);
      for (int k = hex.length; k < 4; k++) {
        buffer.write('0');
      }
      buffer.write(hex);
    } else {
      buffer.write(s[i]);
    }
  }
  buffer.write('"');
  return buffer.toString();
}

bool _isPairedSurrogate(String s, int i) {
  int c = s.codeUnitAt(i);
  if (c <= 0xDBFF) return i + 1 < s.length && (s.codeUnitAt(i + 1) & 0xFC00) == 0xDC00;
  return i > 0 && (s.codeUnitAt(i - 1) & 0xFC00) == 0xD800;
}

class AssertionError extends Error {
  final Object? message;
  AssertionError([this.message]);
  String toString() {
    if (message != null) return "Assertion failed: ${Error.safeToString(message)}";
    return "Assertion failed";
  }
}

class TypeError extends Error {
  TypeError();
}

// The errors the runtime checks throw: failed casts and null checks, with the VM's wording.
class _TypeError extends TypeError {
  final String _message;
  _TypeError(this._message);
  String toString() => _message;
}

class ArgumentError extends Error {
  final bool _hasValue;
  final dynamic invalidValue;
  final String? name;
  final dynamic message;

  ArgumentError([this.message, this.name])
      : invalidValue = null,
        _hasValue = false;

  ArgumentError.value(value, [this.name, this.message])
      : invalidValue = value,
        _hasValue = true;

  ArgumentError.notNull([this.name])
      : _hasValue = false,
        message = "Must not be null",
        invalidValue = null;

  String get _errorName => "Invalid argument${!_hasValue ? "(s)" : ""}";
  String get _errorExplanation => "";

  String toString() {
    String? name = this.name;
    String nameString = (name == null) ? "" : " ($name)";
    Object? message = this.message;
    String messageString = (message == null) ? "" : ": ${message}";
    String prefix = "$_errorName$nameString$messageString";
    if (!_hasValue) return prefix;
    String explanation = _errorExplanation;
    String errorValue = Error.safeToString(invalidValue);
    return "$prefix$explanation: $errorValue";
  }
}

class RangeError extends ArgumentError {
  final num? start;
  final num? end;

  RangeError(var message)
      : start = null,
        end = null,
        super(message);

  RangeError.value(num value, [String? name, String? message])
      : start = null,
        end = null,
        super.value(value, name, (message != null) ? message : "Value not in range");

  RangeError.range(num invalidValue, int? minValue, int? maxValue, [String? name, String? message])
      : start = minValue,
        end = maxValue,
        super.value(invalidValue, name, (message != null) ? message : "Invalid value");

  static int checkValidIndex(int index, Object? indexable, [String? name, int? length, String? message]) {
    int len = length ?? (indexable as dynamic).length as int;
    if (0 > index || index >= len) {
      throw IndexError.withLength(index, len, indexable: indexable, name: name ?? "index", message: message);
    }
    return index;
  }

  static int checkValidRange(int start, int? end, int length, [String? startName, String? endName, String? message]) {
    if (0 > start || start > length) {
      throw RangeError.range(start, 0, length, startName ?? "start", message);
    }
    if (end != null) {
      if (start > end || end > length) {
        throw RangeError.range(end, start, length, endName ?? "end", message);
      }
      return end;
    }
    return length;
  }

  static int checkValueInInterval(int value, int minValue, int maxValue, [String? name, String? message]) {
    if (value < minValue || value > maxValue) {
      throw RangeError.range(value, minValue, maxValue, name, message);
    }
    return value;
  }

  factory RangeError.index(int index, dynamic indexable, [String? name, String? message, int? length]) =>
      IndexError.withLength(index, length ?? (indexable as dynamic).length as int,
          indexable: indexable, name: name, message: message);

  static int checkNotNegative(int value, [String? name, String? message]) {
    if (value < 0) throw RangeError.range(value, 0, null, name ?? "index", message);
    return value;
  }

  String get _errorName => "RangeError";

  String get _errorExplanation {
    String explanation = "";
    num? start = this.start;
    num? end = this.end;
    if (start == null) {
      if (end != null) {
        explanation = ": Not less than or equal to $end";
      }
    } else if (end == null) {
      explanation = ": Not greater than or equal to $start";
    } else if (end > start) {
      explanation = ": Not in inclusive range $start..$end";
    } else if (end < start) {
      explanation = ": Valid value range is empty";
    } else {
      explanation = ": Only valid value is $start";
    }
    return explanation;
  }
}

class IndexError extends ArgumentError implements RangeError {
  final Object? indexable;
  final int length;

  IndexError.withLength(int invalidValue, this.length, {this.indexable, String? name, String? message})
      : super.value(invalidValue, name, message ?? "Index out of range");

  int get start => 0;
  int get end => length - 1;

  static int check(int index, int length, {Object? indexable, String? name, String? message}) {
    if (0 > index || index >= length) {
      throw IndexError.withLength(index, length, indexable: indexable, name: name ?? "index", message: message);
    }
    return index;
  }

  String get _errorName => "RangeError";
  String get _errorExplanation {
    int invalidValue = this.invalidValue;
    if (invalidValue < 0) {
      return ": index must not be negative";
    }
    if (length == 0) {
      return ": no indices are valid";
    }
    return ": index should be less than $length";
  }
}

class UnsupportedError extends Error {
  final String? message;
  UnsupportedError(String this.message);
  String toString() => "Unsupported operation: $message";
}

class UnimplementedError extends Error implements UnsupportedError {
  final String? message;
  UnimplementedError([this.message]);
  String toString() {
    var message = this.message;
    return (message != null) ? "UnimplementedError: $message" : "UnimplementedError";
  }
}

class StateError extends Error {
  final String message;
  StateError(this.message);
  String toString() => "Bad state: $message";
}

class ConcurrentModificationError extends Error {
  final Object? modifiedObject;
  ConcurrentModificationError([this.modifiedObject]);
  String toString() {
    if (modifiedObject == null) {
      return "Concurrent modification during iteration.";
    }
    return "Concurrent modification during iteration: ${Error.safeToString(modifiedObject)}.";
  }
}

class StackOverflowError implements Error {
  const StackOverflowError();
  String toString() => "Stack Overflow";
  StackTrace? get stackTrace => null;
}

class OutOfMemoryError implements Error {
  const OutOfMemoryError();
  String toString() => "Out of Memory";
  StackTrace? get stackTrace => null;
}

class LateInitializationError extends Error {
  final String? _message;
  LateInitializationError([this._message]);
  String toString() {
    var message = _message;
    return (message != null) ? "LateInitializationError: $message" : "LateInitializationError";
  }
}

class NoSuchMethodError extends Error {
  final Object? _receiver;
  final Invocation? _invocation;
  final _FailedCall? _call; // a failed call described without an Invocation

  NoSuchMethodError.withInvocation(Object? receiver, Invocation invocation)
      : _receiver = receiver,
        _invocation = invocation,
        _call = null;

  NoSuchMethodError._failedCall(this._receiver, _FailedCall call)
      : _invocation = null,
        _call = call;

  // The Dart VM's wording (sdk/lib/_internal/vm/lib/errors_patch.dart): detailed for the
  // invocations the runtime made, plain for those a program built.
  String toString() {
    _FailedCall? call = _call;
    if (call != null) return call._describe(_receiver);
    Invocation invocation = _invocation!;
    if (invocation is _InvocationMirror) return invocation._call._describe(_receiver);
    String name = invocation.memberName._name;
    String receiverType = "${_receiver.runtimeType}";
    if (invocation.isAccessor) {
      return "NoSuchMethodError: $receiverType has no $name ${invocation.isGetter ? "getter" : "setter"}";
    }
    StringBuffer buffer = StringBuffer("NoSuchMethodError: $receiverType has no $name method accepting arguments ");
    int typeCount = invocation.typeArguments.length;
    if (typeCount > 0) {
      buffer.write("<_");
      for (int i = 1; i < typeCount; i++) {
        buffer.write(", _");
      }
      buffer.write(">");
    }
    buffer.write("(");
    int positionalCount = invocation.positionalArguments.length;
    for (int i = 0; i < positionalCount; i++) {
      buffer.write(i == 0 ? "_" : ", _");
    }
    String separator = "";
    for (Symbol key in invocation.namedArguments.keys) {
      buffer.write(separator.isEmpty ? (positionalCount > 0 ? ", {" : "{") : separator);
      buffer.write("${key._name}: _");
      separator = ",";
    }
    if (separator.isNotEmpty) buffer.write("}");
    buffer.write(")");
    return buffer.toString();
  }
}

abstract interface class Exception {
  factory Exception([var message]) => _Exception(message);
}

class _Exception implements Exception {
  final dynamic message;
  _Exception([this.message]);
  String toString() {
    Object? message = this.message;
    if (message == null) return "Exception";
    return "Exception: $message";
  }
}

class FormatException implements Exception {
  final String message;
  final dynamic source;
  final int? offset;

  const FormatException([this.message = "", this.source, this.offset]);

  // The SDK's text (sdk/lib/core/exceptions.dart): the message, then for a String source the
  // line containing the offset (at most 78 characters, elided with "...") and a caret under it.
  String toString() {
    String report = "FormatException";
    Object? message = this.message;
    if (message != null && "" != message) {
      report = "$report: $message";
    }
    int? offset = this.offset;
    Object? source = this.source;
    if (source is String) {
      if (offset != null && (offset < 0 || offset > source.length)) {
        offset = null;
      }
      if (offset == null) {
        if (source.length > 78) {
          source = source.substring(0, 75) + "...";
        }
        return "$report\n$source";
      }
      int lineNum = 1;
      int lineStart = 0;
      bool previousCharWasCR = false;
      for (int i = 0; i < offset; i++) {
        int char = source.codeUnitAt(i);
        if (char == 0x0a) {
          if (lineStart != i || !previousCharWasCR) {
            lineNum++;
          }
          lineStart = i + 1;
          previousCharWasCR = false;
        } else if (char == 0x0d) {
          lineNum++;
          lineStart = i + 1;
          previousCharWasCR = true;
        }
      }
      if (lineNum > 1) {
        report += " (at line $lineNum, character ${offset - lineStart + 1})\n";
      } else {
        report += " (at character ${offset + 1})\n";
      }
      int lineEnd = source.length;
      for (int i = offset; i < source.length; i++) {
        int char = source.codeUnitAt(i);
        if (char == 0x0a || char == 0x0d) {
          lineEnd = i;
          break;
        }
      }
      int length = lineEnd - lineStart;
      int start = lineStart;
      int end = lineEnd;
      String prefix = "";
      String postfix = "";
      if (length > 78) {
        // Show 75 characters around the offset, anchored at the nearer end of the line.
        int index = offset - lineStart;
        if (index < 75) {
          end = start + 75;
          postfix = "...";
        } else if (end - offset < 75) {
          start = end - 75;
          prefix = "...";
        } else {
          start = offset - 36;
          end = offset + 36;
          prefix = postfix = "...";
        }
      }
      String slice = source.substring(start, end);
      int markOffset = offset - start + prefix.length;
      return "$report$prefix$slice$postfix\n${" " * markOffset}^\n";
    } else if (offset != null) {
      report = "$report (at offset $offset)";
    }
    return report;
  }
}

class IntegerDivisionByZeroException implements Exception, UnsupportedError {
  const IntegerDivisionByZeroException();
  String? get message => "Division resulted in non-finite value";
  String toString() => "IntegerDivisionByZeroException";
  StackTrace? get stackTrace => null;
}

// --- Helpers the compiled code calls for its implicit checks ----------------------------------

Never _throwNullCheck() => throw _TypeError("Null check operator used on a null value");

// `as` says "in type cast"; an implicit downcast (from dynamic, or a noSuchMethod forwarder's
// result) doesn't (the VM's Exceptions::CreateAndThrowTypeError with an empty destination name).
Never _throwCastError(Object? value, String typeName, bool isImplicit) => throw _TypeError(
    "type '${_typeName(value)}' is not a subtype of type '$typeName'${isImplicit ? "" : " in type cast"}");

// An index outside a built-in list, string or array: the VM's bounds checks throw
// RangeError.range(index, 0, length - 1, "length") (runtime/vm/runtime_entry.cc, RangeError),
// not an IndexError; String's `[]` names the argument "index" (runtime/lib/string.cc).
Never _throwRangeError(int index, int length, String name) => throw RangeError.range(index, 0, length - 1, name);

Never _throwIntegerDivisionByZero() => throw const IntegerDivisionByZeroException();

// `toInt` (and so `~/`, `round`, `truncate`...) of an infinite or NaN double: the VM's
// _Double.toInt (sdk/lib/_internal/vm/lib/double.dart) throws this UnsupportedError.
Never _throwNonFiniteToInt() => throw UnsupportedError("Infinity or NaN toInt");

Never _throwArgumentError(Object? value) => throw ArgumentError(value);

// Calls that can only fail without asking noSuchMethod (closures called with the wrong
// arguments: functions don't override it).
Never _throwNoSuchMethod(Object? receiver, String name, int kind, _List<Object?>? positional, _List<Object?>? named,
        String? existingSignature) =>
    throw NoSuchMethodError._failedCall(
        receiver, _FailedCall(name, kind, positional, named, null, true, existingSignature));

// A dynamic call passed an argument of the wrong type (the VM's wording).
Never _throwParameterTypeError(Object? value, String typeName, String parameterName) =>
    throw _TypeError("type '${_typeName(value)}' is not a subtype of type '$typeName' of '$parameterName'");

// A value's runtime type as the VM's type errors print it ('List<int>', 'int').
@pragma('dartc:native', 'dartrt_runtime_type_name')
external String _typeName(Object? value);

// `message` is the whole text after "LateInitializationError: " (Field/Local, and why).
Never _throwLateInitialization(String message) => throw LateInitializationError(message);

Never _throwCyclicInitialization(String name) =>
    throw LateInitializationError("Field '$name' has been assigned during initialization.");

Never _throwAssertionError(Object? message) => throw AssertionError(message);

// A function's entry check found the stack pointer below the isolate's stack limit
// (docs/stack-overflow.md). Constant, so throwing it allocates nothing but the trace.
Never _throwStackOverflow() => throw const StackOverflowError();

// An object the program asked for cannot exist: too many elements for the heap (or, for a
// string, more than 2^32 - 1 code units). The VM throws OutOfMemoryError for lengths beyond its
// limits too (docs/runtime-errors.md).
Never _throwOutOfMemory() => throw const OutOfMemoryError();

// Whether an object of `count` elements of `elementBytes` each could ever be allocated.
@pragma('dartc:native', 'dartrt_allocation_fits')
external bool _allocationFits(int count, int elementBytes);

// An exception that escapes main is printed by dart:_internal's reportUnhandledError, which
// codegen's entry point calls (tfa/src/implicit_members.cpp).

// The name of a value's class, as `runtimeType.toString()` would print it without type arguments.
external String _className(Object? value);
