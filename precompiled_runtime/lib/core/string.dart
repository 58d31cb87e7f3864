part of dart.core;

abstract interface class Pattern {
  Iterable<Match> allMatches(String string, [int start = 0]);
  Match? matchAsPrefix(String string, [int start = 0]);
}

abstract final class String implements Comparable<String>, Pattern {
  // The compiler evaluates `const String.fromEnvironment(...)` with the -D definitions. Called at
  // run time it sees none, as in executables of `dart compile exe`: the default value.
  factory String.fromEnvironment(String name, {String defaultValue = ""}) => defaultValue;

  String._();

  external int get length;
  external String operator +(String other);
  @pragma('dartc:calls', '_throwRangeError')
  external String operator [](int index);
  @pragma('dartc:calls', '_throwRangeError')
  external int codeUnitAt(int index);
  external bool operator ==(Object other);
  external int get hashCode;
  external int compareTo(String other);
  external String _substring(int start, int end);

  /// A string of one code point (two UTF-16 code units above 0xFFFF). Constructors, as in
  /// dart:core (`new String.fromCharCode(65)` is valid Dart).
  @pragma('dartc:calls', '_throwArgumentError')
  external factory String.fromCharCode(int charCode);

  factory String.fromCharCodes(Iterable<int> charCodes, [int start = 0, int? end]) {
    RangeError.checkNotNegative(start, "start");
    if (end != null && end < start) throw RangeError.range(end, start, null, "end");
    _List<int> codes;
    int count;
    if (charCodes is _GrowableList) {
      _GrowableList<int> list = unsafeCast<_GrowableList<int>>(charCodes);
      codes = unsafeCast<_List<int>>(list._data);
      count = list._length;
    } else {
      _GrowableList<int> list = _GrowableList<int>._of(charCodes);
      codes = unsafeCast<_List<int>>(list._data);
      count = list._length;
    }
    int last = end == null || end > count ? count : end;
    if (start > last) start = last;
    for (int i = start; i < last; i++) {
      int c = codes[i];
      if (c < 0 || c > 0x10FFFF) throw RangeError.range(c, 0, 0x10FFFF);
    }
    return _fromCharCodes(codes, start, last) ?? _throwOutOfMemory();
  }

  String toString() => this;

  bool get isEmpty => length == 0;
  bool get isNotEmpty => length != 0;

  String substring(int start, [int? end]) {
    int e = RangeError.checkValidRange(start, end, length);
    return _substring(start, e);
  }

  String operator *(int times) {
    if (times <= 0) return "";
    if (times == 1) return this;
    return _repeat(this, times) ?? _throwOutOfMemory();
  }

  Iterable<Match> allMatches(String string, [int start = 0]) => _stringAllMatches(this, string, start);
  Match? matchAsPrefix(String string, [int start = 0]) => _stringMatchAsPrefix(this, string, start);

  // Patterns other than Strings (RegExp) take the VM's general paths (core/regexp.dart).
  bool startsWith(Pattern pattern, [int index = 0]) {
    if (pattern is! String) return _startsWithPattern(this, pattern, index);
    String other = pattern;
    int otherLength = other.length;
    if (index < 0 || index > length) throw RangeError.range(index, 0, length);
    if (index + otherLength > length) return false;
    for (int i = 0; i < otherLength; i++) {
      if (codeUnitAt(index + i) != other.codeUnitAt(i)) return false;
    }
    return true;
  }

  bool endsWith(String other) {
    int otherLength = other.length;
    int offset = length - otherLength;
    if (offset < 0) return false;
    for (int i = 0; i < otherLength; i++) {
      if (codeUnitAt(offset + i) != other.codeUnitAt(i)) return false;
    }
    return true;
  }

  int indexOf(Pattern pattern, [int start = 0]) {
    if (pattern is! String) return _indexOfPattern(this, pattern, start);
    String other = pattern;
    if (start < 0 || start > length) throw RangeError.range(start, 0, length, "start");
    return _indexOf(this, other, start);
  }

  int lastIndexOf(Pattern pattern, [int? start]) {
    if (pattern is! String) return _lastIndexOfPattern(this, pattern, start);
    String other = pattern;
    int s = start ?? length;
    if (s < 0 || s > length) throw RangeError.range(s, 0, length);
    return _lastIndexOf(this, other, s);
  }

  bool contains(Pattern other, [int startIndex = 0]) {
    if (other is! String) return _containsPattern(this, other, startIndex);
    String s = other;
    if (startIndex < 0 || startIndex > length) throw RangeError.range(startIndex, 0, length);
    return _indexOf(this, s, startIndex) >= 0;
  }

  String trim() {
    int len = length;
    int first = _firstNonWhitespace();
    if (first == len) return "";
    int last = _lastNonWhitespace();
    if (first == 0 && last == len - 1) return this;
    return _substring(first, last + 1);
  }

  String trimLeft() {
    int first = _firstNonWhitespace();
    if (first == 0) return this;
    return _substring(first, length);
  }

  String trimRight() {
    int last = _lastNonWhitespace();
    if (last == length - 1) return this;
    return _substring(0, last + 1);
  }

  int _firstNonWhitespace() {
    int len = length;
    int i = 0;
    while (i < len && _isWhitespace(codeUnitAt(i))) {
      i++;
    }
    return i;
  }

  int _lastNonWhitespace() {
    int i = length - 1;
    while (i >= 0 && _isWhitespace(codeUnitAt(i))) {
      i--;
    }
    return i;
  }

  String padLeft(int width, [String padding = " "]) {
    int delta = width - length;
    if (delta <= 0) return this;
    return (padding * delta) + this;
  }

  String padRight(int width, [String padding = " "]) {
    int delta = width - length;
    if (delta <= 0) return this;
    return this + (padding * delta);
  }

  String replaceFirst(Pattern from, String to, [int startIndex = 0]) {
    if (from is! String) return _replaceFirstPattern(this, from, to, startIndex);
    String pattern = from;
    RangeError.checkValueInInterval(startIndex, 0, length, "startIndex");
    int at = _indexOf(this, pattern, startIndex);
    if (at < 0) return this;
    return _substring(0, at) + to + _substring(at + pattern.length, length);
  }

  String replaceAll(Pattern from, String replace) {
    if (from is! String) return _replaceAllPattern(this, from, replace);
    String pattern = from;
    if (pattern.isEmpty) {
      // Between every two code units, and at both ends.
      _List<String> parts = _List<String>(2 * length + 1);
      int j = 0;
      parts[j++] = replace;
      for (int i = 0; i < length; i++) {
        parts[j++] = this[i];
        parts[j++] = replace;
      }
      return _concatArray(parts, j) ?? _throwOutOfMemory();
    }
    // One native pass: the result is allocated once (string_replace.cpp).
    return _replaceAll(this, pattern, replace) ?? _throwOutOfMemory();
  }

  String replaceRange(int start, int? end, String replacement) {
    int e = RangeError.checkValidRange(start, end, length);
    return _substring(0, start) + replacement + _substring(e, length);
  }

  String replaceAllMapped(Pattern from, String replace(Match match)) => _replaceAllMapped(this, from, replace);

  String replaceFirstMapped(Pattern from, String replace(Match match), [int startIndex = 0]) =>
      _replaceFirstMapped(this, from, replace, startIndex);

  String splitMapJoin(Pattern pattern, {String onMatch(Match match)?, String onNonMatch(String nonMatch)?}) =>
      _splitMapJoin(this, pattern, onMatch, onNonMatch);

  List<String> split(Pattern pattern) {
    if (pattern is! String) return _splitPattern(this, pattern);
    String separator = pattern;
    List<String> result = <String>[];
    int len = length;
    if (separator.isEmpty) {
      for (int i = 0; i < len; i++) {
        result.add(this[i]);
      }
      return result;
    }
    int start = 0;
    int at = _indexOf(this, separator, 0);
    while (at >= 0) {
      result.add(_substring(start, at));
      start = at + separator.length;
      at = _indexOf(this, separator, start);
    }
    result.add(_substring(start, len));
    return result;
  }

  String toUpperCase() => _toUpperCase(this);
  String toLowerCase() => _toLowerCase(this);

  List<int> get codeUnits => _CodeUnits(this);

  Runes get runes => Runes(this);
}

// The whitespace trim() removes: the VM's set (Unicode White_Space and BOM).
bool _isWhitespace(int c) {
  if (c <= 32) return c == 32 || (c >= 9 && c <= 13);
  if (c < 0x85) return false;
  return c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 ||
      c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000 || c == 0xFEFF;
}

@pragma('dartc:native', 'dartrt_string_index_of')
external int _indexOf(String s, String pattern, int start);

@pragma('dartc:native', 'dartrt_string_last_index_of')
external int _lastIndexOf(String s, String pattern, int start);

/// [s] with every occurrence of the non-empty [pattern] replaced, left to right; [s] itself
/// when there is none, null when the result would be too long.
@pragma('dartc:native', 'dartrt_string_replace_all')
external String? _replaceAll(String s, String pattern, String replacement);

@pragma('dartc:native', 'dartrt_string_to_upper_case')
external String _toUpperCase(String s);

@pragma('dartc:native', 'dartrt_string_to_lower_case')
external String _toLowerCase(String s);

// _repeat, _concatArray and _fromCharCodes return null when the string would be too long to
// exist; their callers throw OutOfMemoryError.
@pragma('dartc:native', 'dartrt_string_repeat')
external String? _repeat(String s, int times);

/// The first [count] strings of [parts], concatenated.
@pragma('dartc:native', 'dartrt_string_concat_array')
external String? _concatArray(_List<String> parts, int count);

/// Strings [start, end) of [parts] (none of them null), concatenated.
@pragma('dartc:native', 'dartrt_string_concat_range')
external String? _concatRange(_List<String?> parts, int start, int end);

@pragma('dartc:native', 'dartrt_string_from_char_codes')
external String? _fromCharCodes(_List<int> codes, int start, int end);

// Made by the runtime and the compiler only (string literals), never by a constructor call.
final class _OneByteString extends String {
  _OneByteString._() : super._();
}

final class _TwoByteString extends String {
  _TwoByteString._() : super._();
}

/// `String.codeUnits`: an unmodifiable list view of the code units.
class _CodeUnits extends ListBase<int> {
  final String _string;
  _CodeUnits(this._string);

  int get length => _string.length;
  int operator [](int index) => _string.codeUnitAt(index);

  set length(int newLength) => throw UnsupportedError("Cannot change the length of an unmodifiable list");
  void operator []=(int index, int value) => throw UnsupportedError("Cannot modify an unmodifiable list");
  void add(int value) => throw UnsupportedError("Cannot add to an unmodifiable list");
  void clear() => throw UnsupportedError("Cannot clear an unmodifiable list");
  int removeLast() => throw UnsupportedError("Cannot remove from an unmodifiable list");
}

/// The Unicode code points of a string (surrogate pairs combined).
final class Runes extends Iterable<int> {
  final String string;
  Runes(this.string);

  RuneIterator get iterator => RuneIterator(string);

  int get last {
    int len = string.length;
    if (len == 0) throw StateError("No element");
    int code = string.codeUnitAt(len - 1);
    if ((code & 0xFC00) == 0xDC00 && len > 1) {
      int previous = string.codeUnitAt(len - 2);
      if ((previous & 0xFC00) == 0xD800) return 0x10000 + ((previous & 0x3FF) << 10) + (code & 0x3FF);
    }
    return code;
  }
}

class RuneIterator implements Iterator<int> {
  final String string;
  int _position;
  int _nextPosition;
  int _currentCodePoint = -1;

  RuneIterator(String string)
      : string = string,
        _position = 0,
        _nextPosition = 0;

  int get rawIndex => _position != _nextPosition ? _position : -1;

  int get current => _currentCodePoint;

  int get currentSize => _nextPosition - _position;

  String get currentAsString {
    if (_position == _nextPosition) return "";
    return string.substring(_position, _nextPosition);
  }

  bool moveNext() {
    _position = _nextPosition;
    if (_position == string.length) {
      _currentCodePoint = -1;
      return false;
    }
    int code = string.codeUnitAt(_position);
    int next = _position + 1;
    if ((code & 0xFC00) == 0xD800 && next < string.length) {
      int nextCode = string.codeUnitAt(next);
      if ((nextCode & 0xFC00) == 0xDC00) {
        _nextPosition = next + 1;
        _currentCodePoint = 0x10000 + ((code & 0x3FF) << 10) + (nextCode & 0x3FF);
        return true;
      }
    }
    _nextPosition = next;
    _currentCodePoint = code;
    return true;
  }
}

/// StringBuffer: appends keep the parts; toString joins them once (amortized O(total length)).
///
/// Every [_compactCount] parts, the parts written since the last compaction are joined into one
/// when they are short in total (at most [_compactLimit] code units), as the VM's StringBuffer
/// compacts its parts: a buffer fed many small pieces (numbers, separators, single characters)
/// then keeps an array of about one part per 64 writes instead of one per write, which it would
/// otherwise regrow and copy up to the total number of writes. Long parts are never copied
/// more than once by this: a batch above the limit is left as it is.
class StringBuffer implements StringSink {
  static const int _compactCount = 64;
  static const int _compactLimit = 4096;

  _List<String?> _parts = _List<String?>(8);
  int _count = 0;
  int _length = 0;
  // Parts before this index are not joined again; [_length] when it was last set.
  int _compacted = 0;
  int _lengthAtCompaction = 0;

  StringBuffer([Object? content = ""]) {
    String s = content is String ? content : content.toString();
    if (s.isNotEmpty) _add(s);
  }

  int get length => _length;
  bool get isEmpty => _length == 0;
  bool get isNotEmpty => _length != 0;

  void _add(String s) {
    int count = _count;
    if (count - _compacted == _compactCount) count = _compact(count);
    if (count == _parts.length) {
      _List<String?> bigger = _List<String?>(count * 2);
      _List._copy(_parts, 0, bigger, 0, count);
      _parts = bigger;
    }
    _parts[count] = s;
    _count = count + 1;
    _length += s.length;
  }

  // Joins parts [_compacted, count) when they are short; returns the new count.
  int _compact(int count) {
    int from = _compacted;
    if (_length - _lengthAtCompaction <= _compactLimit) {
      _parts[from] = _concatRange(_parts, from, count) ?? _throwOutOfMemory();
      for (int i = from + 1; i < count; i++) {
        _parts[i] = null;
      }
      count = from + 1;
      _count = count;
    }
    _compacted = count;
    _lengthAtCompaction = _length;
    return count;
  }

  void write(Object? object) {
    String s = object is String ? object : object.toString();
    if (s.isNotEmpty) _add(s);
  }

  void writeCharCode(int charCode) {
    if (charCode >= 0 && charCode < 256) {
      _List<String?> cache = _oneCharStrings;
      String? s = cache[charCode];
      if (s == null) {
        s = String.fromCharCode(charCode);
        cache[charCode] = s;
      }
      _add(s);
      return;
    }
    if (charCode < 0 || charCode > 0x10FFFF) throw RangeError.range(charCode, 0, 0x10FFFF);
    _add(String.fromCharCode(charCode));
  }

  void writeAll(Iterable<dynamic> objects, [String separator = ""]) {
    Iterator<dynamic> iterator = objects.iterator;
    if (!iterator.moveNext()) return;
    if (separator.isEmpty) {
      do {
        write(iterator.current);
      } while (iterator.moveNext());
    } else {
      write(iterator.current);
      while (iterator.moveNext()) {
        write(separator);
        write(iterator.current);
      }
    }
  }

  void writeln([Object? object = ""]) {
    write(object);
    _add("\n");
  }

  void clear() {
    _parts = _List<String?>(8);
    _count = 0;
    _length = 0;
    _compacted = 0;
    _lengthAtCompaction = 0;
  }

  String toString() {
    int count = _count;
    if (count == 0) return "";
    if (count == 1) return unsafeCast<String>(_parts[0]);
    String result = _concatArray(unsafeCast<_List<String>>(_parts), count) ?? _throwOutOfMemory();
    _parts[0] = result;
    for (int i = 1; i < count; i++) {
      _parts[i] = null;
    }
    _count = 1;
    _compacted = 1;
    _lengthAtCompaction = _length;
    return result;
  }
}

// One-code-unit strings for StringBuffer.writeCharCode, made on first use.
final _List<String?> _oneCharStrings = _List<String?>(256);

abstract interface class StringSink {
  void write(Object? object);
  void writeAll(Iterable<dynamic> objects, [String separator = ""]);
  void writeln([Object? object = ""]);
  void writeCharCode(int charCode);
}
