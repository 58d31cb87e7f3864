part of dart.core;

class Object {
  const Object();

  external bool operator ==(Object other);
  external int get hashCode;
  String toString() => "Instance of '${_className(this)}'";

  @pragma('dartc:native', 'dartrt_runtime_type')
  external Type get runtimeType;

  // A call of a member the object doesn't have ends here unless its class overrides this
  // (sdk/lib/_internal/vm/lib/object_patch.dart).
  dynamic noSuchMethod(Invocation invocation) => throw NoSuchMethodError.withInvocation(this, invocation);

  // The SDK's combinators (sdk/lib/internal/internal.dart SystemHash: Jenkins one-at-a-time
  // steps over the values' hash codes, seeded with a per-run constant on the VM; here the seed is
  // fixed, so hashes are stable from run to run).
  static int hash(Object? object1, Object? object2,
      [Object? object3 = _sentinel,
      Object? object4 = _sentinel,
      Object? object5 = _sentinel,
      Object? object6 = _sentinel,
      Object? object7 = _sentinel,
      Object? object8 = _sentinel,
      Object? object9 = _sentinel,
      Object? object10 = _sentinel]) {
    int h = _hashSeed;
    h = _hashCombine(h, object1.hashCode);
    h = _hashCombine(h, object2.hashCode);
    if (!identical(object3, _sentinel)) {
      h = _hashCombine(h, object3.hashCode);
      if (!identical(object4, _sentinel)) {
        h = _hashCombine(h, object4.hashCode);
        if (!identical(object5, _sentinel)) {
          h = _hashCombine(h, object5.hashCode);
          if (!identical(object6, _sentinel)) {
            h = _hashCombine(h, object6.hashCode);
            if (!identical(object7, _sentinel)) {
              h = _hashCombine(h, object7.hashCode);
              if (!identical(object8, _sentinel)) {
                h = _hashCombine(h, object8.hashCode);
                if (!identical(object9, _sentinel)) {
                  h = _hashCombine(h, object9.hashCode);
                  if (!identical(object10, _sentinel)) h = _hashCombine(h, object10.hashCode);
                }
              }
            }
          }
        }
      }
    }
    return _hashFinish(h);
  }

  static int hashAll(Iterable<Object?> objects) {
    int h = _hashSeed;
    for (Object? o in objects) {
      h = _hashCombine(h, o.hashCode);
    }
    return _hashFinish(h);
  }

  static int hashAllUnordered(Iterable<Object?> objects) {
    int sum = 0;
    int count = 0;
    const int mask = 0x3FFFFFFF;
    for (Object? o in objects) {
      int objectHash = _hashSmear(o.hashCode);
      sum = (sum + objectHash) & mask;
      count += 1;
    }
    return _hashFinish(_hashCombine(_hashCombine(_hashSeed, sum), count));
  }
}

final class _Sentinel {
  const _Sentinel();
}

const _Sentinel _sentinel = _Sentinel();
const int _hashSeed = 0x2B1D0BA5;

int _hashCombine(int hash, int value) {
  hash = 0x1fffffff & (hash + value);
  hash = 0x1fffffff & (hash + ((0x0007ffff & hash) << 10));
  return hash ^ (hash >> 6);
}

int _hashFinish(int hash) {
  hash = 0x1fffffff & (hash + ((0x03ffffff & hash) << 3));
  hash = hash ^ (hash >> 11);
  return 0x1fffffff & (hash + ((0x00003fff & hash) << 15));
}

int _hashSmear(int x) {
  x ^= x >> 16;
  x = (x * 0x7feb352d) & 0xFFFFFFFF;
  x ^= x >> 15;
  x = (x * 0x846ca68b) & 0xFFFFFFFF;
  x ^= x >> 16;
  return x;
}

/// The hash of [object] that Object.hashCode would give, ignoring overrides.
int identityHashCode(Object? object) {
  if (object == null) return 2011;
  // Numbers are identical by value, so their identity hash is their value's hash (the VM's
  // _Double._identityHashCode is its hashCode, and likewise for ints).
  if (object is num) return object.hashCode;
  if (object is bool) return object.hashCode;
  return _identityHash(object);
}

@pragma('dartc:native', 'dartrt_identity_hash')
external int _identityHash(Object object);

final class Null {
  Null._();
  int get hashCode => 2011;
  String toString() => "null";
}

final class bool {
  bool._();
  // See String.fromEnvironment: constants with the -D definitions; at run time there are none.
  factory bool.fromEnvironment(String name, {bool defaultValue = false}) => defaultValue;
  factory bool.hasEnvironment(String name) => false;
  int get hashCode => this ? 1231 : 1237;
  String toString() => this ? "true" : "false";
  external bool operator &(bool other);
  external bool operator |(bool other);
  external bool operator ^(bool other);
}

abstract interface class Comparable<T> {
  int compareTo(T other);

  static int compare(Comparable a, Comparable b) => a.compareTo(b);
}

abstract class Function {
  // Calls `function` like a dynamic call with these arguments (the VM's
  // sdk/lib/_internal/vm/lib/function_patch.dart): arguments that don't fit are a
  // NoSuchMethodError.
  static apply(Function function, List<dynamic>? positionalArguments, [Map<Symbol, dynamic>? namedArguments]) {
    int positionalCount = positionalArguments == null ? 0 : positionalArguments.length;
    _List<Object?> positional = _List<Object?>(positionalCount);
    for (int i = 0; i < positionalCount; i++) {
      positional[i] = positionalArguments![i];
    }
    int namedCount = namedArguments == null ? 0 : namedArguments.length;
    _List<Object?> named = _List<Object?>(2 * namedCount);
    if (namedArguments != null) {
      int at = 0;
      namedArguments.forEach((Symbol name, Object? value) {
        named[at++] = _canonicalParameterName(name._name);
        named[at++] = value;
      });
    }
    return _applyFunction(function, positional, named);
  }

  external static dynamic _applyFunction(Function function, _List<Object?> positional, _List<Object?> named);

  // The compiled code matches named arguments by the identity of their names: the program's
  // string constant with that text, when there is one.
  @pragma('dartc:native', 'dartrt_canonical_parameter_name')
  external static String _canonicalParameterName(String name);
}

abstract class Type {}

// Reified types (DartRtType in the runtime ABI): read-only data emitted by the compiler or
// interned by the runtime; never constructed by Dart code.
final class _Type implements Type {
  @pragma('dartc:native', 'dartrt_type_to_string')
  external String toString();
  @pragma('dartc:native', 'dartrt_type_equals')
  external bool operator ==(Object other);
  @pragma('dartc:native', 'dartrt_type_hash')
  external int get hashCode;
}

abstract final class Record {}

abstract class StackTrace {
  /// A stack trace that prints as nothing (what the library gives errors it makes itself).
  static const StackTrace empty = _StringStackTrace("");

  /// A stack trace whose toString is [stackTraceString].
  factory StackTrace.fromString(String stackTraceString) = _StringStackTrace;

  // The stack of the caller (the VM's StackTrace_current).
  @pragma('dartc:native', 'dartrt_current_stack_trace')
  external static StackTrace get current;
}

final class _StringStackTrace implements StackTrace {
  final String _stackTrace;
  const _StringStackTrace(this._stackTrace);
  String toString() => _stackTrace;
}

// The runtime's stack traces (DartStackTrace): return addresses, printed on demand.
final class _StackTrace implements StackTrace {
  external String toString();
}

abstract interface class Enum {
  int get index;
  String get _name;

  static int compareByIndex<T extends Enum>(T value1, T value2) => value1.index - value2.index;
  static int compareByName<T extends Enum>(T value1, T value2) => value1._name.compareTo(value2._name);
}

abstract class _Enum implements Enum {
  final int index;
  final String _name;
  const _Enum(this.index, this._name);

  String toString() => "${_className(this)}.$_name";
}

extension EnumName on Enum {
  String get name => this._name;
}

extension EnumByName<T extends Enum> on Iterable<T> {
  T byName(String name) {
    for (T value in this) {
      if (value._name == name) return value;
    }
    throw ArgumentError.value(name, "name", "No enum value with that name");
  }

  Map<String, T> asNameMap() {
    Map<String, T> result = Map<String, T>();
    for (T value in this) {
      result[value._name] = value;
    }
    return result;
  }
}

external bool identical(Object? a, Object? b);

void print(Object? object) {
  _printString(object.toString());
}

external void _printString(String s);

// Closures (DartClosure): function expressions, local functions and tear-offs.
final class _Closure implements Function {
  external bool operator ==(Object other);
  external int get hashCode;
  // As the VM's Closure::ToCString: the instantiated signature (the VM adds " from <function>"
  // for tear-offs, which is not reproduced).
  String toString() => "Closure: $runtimeType";
}

// Heap contexts of variables captured by closures (laid out like a fixed array).
final class _Context {}

// main's arguments: the runtime passes the command line as an array of strings.
List<String> _mainArguments(_List<String?> arguments) =>
    _GrowableList<String>._fromArray(arguments, arguments.length);
