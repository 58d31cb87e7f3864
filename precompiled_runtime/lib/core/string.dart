part of dart.core;

abstract final class String implements Comparable<String> {
  external int get length;
  external String operator +(String other);
  external String operator [](int index);
  external int codeUnitAt(int index);
  external bool operator ==(Object other);
  external int get hashCode;
  String toString() => this;

  bool get isEmpty => length == 0;
  bool get isNotEmpty => length != 0;

  external int compareTo(String other);

  String substring(int start, [int? end]) {
    int e = RangeError.checkValidRange(start, end, length);
    return _substring(start, e);
  }

  external String _substring(int start, int end);

  external static String fromCharCode(int charCode);
}

final class _OneByteString extends String {}

final class _TwoByteString extends String {}
