part of dart.core;

class Object {
  const Object();

  external bool operator ==(Object other);
  external int get hashCode;
  String toString() => "Instance of '${_className(this)}'";
}

final class Null {
  Null._();
  int get hashCode => 2011;
  String toString() => "null";
}

final class bool {
  bool._();
  int get hashCode => this ? 1231 : 1237;
  String toString() => this ? "true" : "false";
  external bool operator &(bool other);
  external bool operator |(bool other);
  external bool operator ^(bool other);
}

abstract interface class Comparable<T> {
  int compareTo(T other);
}

abstract class Function {}

abstract class Type {}

abstract final class Record {}

abstract class StackTrace {}

// The runtime's stack traces (DartStackTrace): return addresses, printed on demand.
final class _StackTrace implements StackTrace {
  external String toString();
}

abstract interface class Enum {
  int get index;
}

abstract class _Enum implements Enum {
  final int index;
  final String _name;
  const _Enum(this.index, this._name);
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
  String toString() => "Closure: ${_className(this)}";
}

// Heap contexts of variables captured by closures (laid out like a fixed array).
final class _Context {}
