// dart:convert for dartc: JSON (jsonEncode/jsonDecode, JsonEncoder.withIndent, JsonDecoder),
// UTF-8 (utf8.encode/decode), ASCII/Latin-1 checks, LineSplitter and base64, with the SDK's
// output formats (sdk/lib/convert/json.dart's stringifier, the VM's JSON parser).
library dart.convert;

import 'dart:_internal';
import 'dart:async';
import 'dart:typed_data';

part 'convert/chunked_conversion.dart';
part 'convert/base64.dart';

/// A function from one representation to another (the SDK's Converter); as a StreamTransformer
/// it converts a stream chunk by chunk where the converter has a chunked form
/// (convert/chunked_conversion.dart).
abstract class Converter<S, T> implements StreamTransformer<S, T> {
  const Converter();
  T convert(S input);

  Stream<T> bind(Stream<S> stream) => _bindChunked<S, T>(stream, _startChunked);

  _ChunkedConversion<S, T> _startChunked() =>
      throw UnsupportedError("This converter does not support chunked conversions: $this");

  /// A sink that converts the chunks given to it and passes the results to [sink]
  /// (convert/chunked_conversion.dart); a converter without a chunked form throws the SDK's
  /// UnsupportedError.
  Sink<S> startChunkedConversion(Sink<T> sink) => _ConversionSink<S, T>(_startChunked(), sink);

  /// [source] seen as a converter from TS to TT (the SDK's CastConverter): the input is cast to
  /// SS, the output to TT.
  static Converter<TS, TT> castFrom<SS, ST, TS, TT>(Converter<SS, ST> source) => _CastConverter<SS, ST, TS, TT>(source);

  Converter<RS, RT> cast<RS, RT>() => Converter.castFrom<S, T, RS, RT>(this);
}

final class _CastConverter<SS, ST, TS, TT> extends Converter<TS, TT> {
  final Converter<SS, ST> _source;

  _CastConverter(this._source);

  TT convert(TS input) => _source.convert(input as SS) as TT;

  Stream<TT> bind(Stream<TS> stream) => _source.bind(stream.cast<SS>()).cast<TT>();

  Converter<RS, RT> cast<RS, RT>() => _CastConverter<SS, ST, RS, RT>(_source);
}

abstract class Codec<S, T> {
  const Codec();
  T encode(S input) => encoder.convert(input);
  S decode(T encoded) => decoder.convert(encoded);
  Converter<S, T> get encoder;
  Converter<T, S> get decoder;
}

/// A codec between strings and bytes, with a name (dart:io's readAsStringSync, readLineSync,
/// Process.runSync take one).
abstract class Encoding extends Codec<String, List<int>> {
  const Encoding();
  String get name;
}

// --- JSON ----------------------------------------------------------------------------------------

/// An object that could not be converted to JSON.
class JsonUnsupportedObjectError extends Error {
  final Object? unsupportedObject;
  final Object? cause;
  final String? partialResult;

  JsonUnsupportedObjectError(this.unsupportedObject, {this.cause, this.partialResult});

  String toString() {
    String safeString = Error.safeToString(unsupportedObject);
    String prefix;
    if (cause != null) {
      prefix = "Converting object to an encodable object failed:";
    } else {
      prefix = "Converting object did not return an encodable object:";
    }
    return "$prefix $safeString";
  }
}

/// An object that contains itself (directly or not) given to the JSON encoder.
class JsonCyclicError extends JsonUnsupportedObjectError {
  JsonCyclicError(Object? object) : super(object);
  String toString() => "Cyclic error in JSON stringify";
}

const JsonCodec json = JsonCodec();

String jsonEncode(Object? object, {Object? toEncodable(Object? nonEncodable)?}) =>
    JsonEncoder(toEncodable).convert(object);

dynamic jsonDecode(String source, {Object? reviver(Object? key, Object? value)?}) =>
    JsonDecoder(reviver).convert(source);

class JsonCodec extends Codec<Object?, String> {
  final Object? Function(Object? key, Object? value)? _reviver;
  final Object? Function(dynamic object)? _toEncodable;

  const JsonCodec({Object? reviver(Object? key, Object? value)?, Object? toEncodable(dynamic object)?})
      : _reviver = reviver,
        _toEncodable = toEncodable;

  dynamic decode(String source, {Object? reviver(Object? key, Object? value)?}) =>
      JsonDecoder(reviver ?? _reviver).convert(source);

  String encode(Object? value, {Object? toEncodable(dynamic object)?}) =>
      JsonEncoder(toEncodable ?? _toEncodable).convert(value);

  JsonEncoder get encoder => JsonEncoder(_toEncodable);
  JsonDecoder get decoder => JsonDecoder(_reviver);
}

Object? _defaultToEncodable(dynamic object) => object.toJson();

class JsonEncoder extends Converter<Object?, String> {
  final String? indent;
  final Object? Function(dynamic object)? _toEncodable;

  const JsonEncoder([Object? toEncodable(dynamic object)?])
      : indent = null,
        _toEncodable = toEncodable;

  const JsonEncoder.withIndent(this.indent, [Object? toEncodable(dynamic object)?]) : _toEncodable = toEncodable;

  _ChunkedConversion<Object?, String> _startChunked() => _JsonEncodeChunk(convert);

  String convert(Object? object) {
    _JsonStringifier stringifier = _JsonStringifier(_toEncodable ?? _defaultToEncodable, indent);
    stringifier._writeObject(object);
    return stringifier._text();
  }
}

// Writes JSON text: compact, or pretty-printed with `indent` per level.
//
// The text is built as one-byte code units in a byte store rather than as a StringBuffer of
// tiny parts (quotes, commas, colons, keys, numbers): a StringBuffer keeps each write as a part
// and copies every part once more when it compacts, with a call and a type test per part, which
// was most of the encoder's time. JSON's punctuation and numbers are ASCII and most strings are
// one-byte; a string with a code unit above 0xFF moves the text written so far into [_parts]
// and is escaped into it (the rare two-byte path), after which bytes are collected again.
class _JsonStringifier {
  final Object? Function(dynamic object) _toEncodable;
  final String? _indent;
  Uint8List _bytes = Uint8List(256);
  // Units [0, _end) of [_bytes] are written; they follow the text in [_parts].
  int _end = 0;
  StringBuffer? _parts;
  final List<Object> _seen = <Object>[];
  int _level = 0;

  _JsonStringifier(this._toEncodable, this._indent);

  // Room for [n] more units in [_bytes].
  @pragma('vm:prefer-inline')
  void _reserve(int n) {
    if (_end + n > _bytes.length) _grow(_end + n);
  }

  void _grow(int needed) {
    int capacity = _bytes.length * 2;
    while (capacity < needed) {
      capacity *= 2;
    }
    _bytes = Uint8List._grown(_bytes, _end, capacity);
  }

  // Appends a unit of at most 0xFF; room for it was reserved.
  @pragma('vm:prefer-inline')
  void _put(int c) {
    _bytes[_end] = c;
    _end++;
  }

  void _writeByte(int c) {
    _reserve(1);
    _put(c);
  }

  // Moves the bytes written so far into [_parts] (before a two-byte string is written there).
  StringBuffer _flush() {
    StringBuffer parts = _parts ??= StringBuffer();
    if (_end > 0) {
      parts.write(Uint8List._byteString(_bytes, 0, _end));
      _end = 0;
    }
    return parts;
  }

  // The text written so far.
  String _text() {
    if (_parts == null) return Uint8List._byteString(_bytes, 0, _end);
    return _flush().toString();
  }

  // Appends [s] unescaped.
  void _writeRaw(String s) {
    int length = s.length;
    _reserve(length);
    int start = _end;
    for (int i = 0; i < length; i++) {
      int c = s.codeUnitAt(i);
      if (c > 0xFF) {
        _end = start;
        _flush().write(s);
        return;
      }
      _put(c);
    }
  }

  void _checkCycle(Object object) {
    for (int i = 0; i < _seen.length; i++) {
      if (identical(object, _seen[i])) throw JsonCyclicError(object);
    }
    _seen.add(object);
  }

  void _writeObject(Object? object) {
    if (_writeJsonValue(object)) return;
    Object o = object!;
    _checkCycle(o);
    Object? customJson;
    try {
      customJson = _toEncodable(o);
    } catch (e) {
      throw JsonUnsupportedObjectError(o, cause: e, partialResult: _text());
    }
    if (!_writeJsonValue(customJson)) {
      throw JsonUnsupportedObjectError(o, partialResult: _text());
    }
    _seen.removeLast();
  }

  // Writes numbers, booleans, null, strings, lists and maps with string keys; false otherwise.
  bool _writeJsonValue(Object? object) {
    if (object is int) {
      _writeInt(object);
      return true;
    } else if (object is num) {
      if (!object.isFinite) return false;
      _writeRaw(object.toString());
      return true;
    } else if (identical(object, true)) {
      _writeRaw("true");
      return true;
    } else if (identical(object, false)) {
      _writeRaw("false");
      return true;
    } else if (object == null) {
      _writeRaw("null");
      return true;
    } else if (object is String) {
      _writeQuoted(object);
      return true;
    } else if (object is List) {
      _checkCycle(object);
      _writeList(object);
      _seen.removeLast();
      return true;
    } else if (object is Map) {
      _checkCycle(object);
      bool success = _writeMap(object);
      _seen.removeLast();
      return success;
    }
    return false;
  }

  // The decimal digits of [value], as int.toString writes them.
  void _writeInt(int value) {
    if (value < 0) {
      if (value == -9223372036854775808) {
        _writeRaw(value.toString());
        return;
      }
      _writeByte(0x2D);
      value = -value;
    }
    int digits = 1;
    for (int rest = value; rest >= 10; rest = rest ~/ 10) {
      digits++;
    }
    _reserve(digits);
    int at = _end + digits;
    _end = at;
    do {
      at--;
      _bytes[at] = 0x30 + value % 10;
      value = value ~/ 10;
    } while (value != 0);
  }

  void _newline() {
    _writeByte(0x0A);
    String indent = _indent!;
    for (int i = 0; i < _level; i++) {
      _writeRaw(indent);
    }
  }

  void _writeList(List<Object?> list) {
    if (list.isEmpty) {
      _writeRaw("[]");
      return;
    }
    _writeByte(0x5B);
    _level++;
    for (int i = 0; i < list.length; i++) {
      if (i > 0) _writeByte(0x2C);
      if (_indent != null) _newline();
      _writeObject(list[i]);
    }
    _level--;
    if (_indent != null) _newline();
    _writeByte(0x5D);
  }

  bool _writeMap(Map<Object?, Object?> map) {
    if (map.isEmpty) {
      _writeRaw("{}");
      return true;
    }
    var keyValues = Map._keyValues(map);
    for (int i = 0; i < keyValues.length; i += 2) {
      if (keyValues[i] is! String) return false;
    }
    _writeByte(0x7B);
    _level++;
    for (int i = 0; i < keyValues.length; i += 2) {
      if (i > 0) _writeByte(0x2C);
      if (_indent != null) _newline();
      _writeQuoted(unsafeCast<String>(keyValues[i]));
      _writeByte(0x3A);
      if (_indent != null) _writeByte(0x20);
      _writeObject(keyValues[i + 1]);
    }
    _level--;
    if (_indent != null) _newline();
    _writeByte(0x7D);
    return true;
  }

  static int _hexDigit(int x) => x < 10 ? 48 + x : 87 + x;

  // The letter of the short escape of control character [c] (\b \t \n \f \r), or 0 when it is
  // written as \u00xx.
  static int _escapeLetter(int c) {
    if (c == 8) return 0x62;
    if (c == 9) return 0x74;
    if (c == 10) return 0x6E;
    if (c == 12) return 0x66;
    if (c == 13) return 0x72;
    return 0;
  }

  // Writes [s] in quotes, escaping quotes, backslashes and control characters (\b \t \n \f \r,
  // else \u00xx). A string with a unit above 0xFF goes to [_writeTwoByteQuoted].
  void _writeQuoted(String s) {
    int length = s.length;
    // Room for the quotes and every unit as it is; an escape reserves its extra units. The
    // store and the position are locals in the loop (fields would be reloaded after each store).
    _reserve(length + 2);
    Uint8List bytes = _bytes;
    int start = _end;
    int end = start;
    bytes[end++] = 0x22;
    for (int i = 0; i < length; i++) {
      int c = s.codeUnitAt(i);
      if (c >= 0x23 ? c != 0x5C && c <= 0xFF : c >= 0x20 && c != 0x22) {
        bytes[end++] = c;
        continue;
      }
      if (c > 0xFF) {
        _end = start;
        _writeTwoByteQuoted(s);
        return;
      }
      // At most six units for this one, then the rest and the closing quote.
      _end = end;
      _reserve(6 + (length - i));
      bytes = _bytes;
      bytes[end++] = 0x5C;
      int letter = c == 0x22 || c == 0x5C ? c : _escapeLetter(c);
      if (letter != 0) {
        bytes[end++] = letter;
      } else {
        bytes[end++] = 0x75;
        bytes[end++] = 0x30;
        bytes[end++] = 0x30;
        bytes[end++] = _hexDigit((c >> 4) & 0xF);
        bytes[end++] = _hexDigit(c & 0xF);
      }
    }
    bytes[end++] = 0x22;
    _end = end;
  }

  static String _hex(int x) => String.fromCharCode(_hexDigit(x));

  // [_writeQuoted] of a string with units above 0xFF, into [_parts]; lone surrogates are
  // escaped as \udxxx as well.
  void _writeTwoByteQuoted(String s) {
    StringBuffer buffer = _flush();
    buffer.write('"');
    int length = s.length;
    int offset = 0;
    for (int i = 0; i < length; i++) {
      int c = s.codeUnitAt(i);
      if (c > 0x5C) {
        if (c >= 0xD800 && c <= 0xDFFF) {
          bool lone = (c & 0xFC00) == 0xD800
              ? !(i + 1 < length && (s.codeUnitAt(i + 1) & 0xFC00) == 0xDC00)
              : !(i - 1 >= 0 && (s.codeUnitAt(i - 1) & 0xFC00) == 0xD800);
          if (lone) {
            if (i > offset) buffer.write(s.substring(offset, i));
            offset = i + 1;
            buffer.write("\\ud");
            buffer.write(_hex((c >> 8) & 0xF));
            buffer.write(_hex((c >> 4) & 0xF));
            buffer.write(_hex(c & 0xF));
          }
        }
        continue;
      }
      if (c < 32) {
        if (i > offset) buffer.write(s.substring(offset, i));
        offset = i + 1;
        int letter = _escapeLetter(c);
        if (letter != 0) {
          buffer.writeCharCode(0x5C);
          buffer.writeCharCode(letter);
        } else {
          buffer.write("\\u00");
          buffer.write(_hex((c >> 4) & 0xF));
          buffer.write(_hex(c & 0xF));
        }
      } else if (c == 0x22 || c == 0x5C) {
        if (i > offset) buffer.write(s.substring(offset, i));
        offset = i + 1;
        buffer.write("\\");
        buffer.write(String.fromCharCode(c));
      }
    }
    if (offset == 0) {
      buffer.write(s);
    } else if (offset < length) {
      buffer.write(s.substring(offset, length));
    }
    buffer.write('"');
  }
}

class JsonDecoder extends Converter<String, Object?> {
  final Object? Function(Object? key, Object? value)? _reviver;

  const JsonDecoder([Object? reviver(Object? key, Object? value)?]) : _reviver = reviver;

  _ChunkedConversion<String, Object?> _startChunked() => _JsonDecodeChunks(convert);

  dynamic convert(String input) {
    _JsonParser parser = _JsonParser(input);
    parser._skipWhitespace();
    Object? result = parser._parseValue();
    parser._skipWhitespace();
    if (parser._position < input.length) parser._fail("Unexpected character");
    Object? Function(Object? key, Object? value)? reviver = _reviver;
    if (reviver != null) result = _revive(null, result, reviver);
    return result;
  }

  static Object? _revive(Object? key, Object? value, Object? Function(Object? key, Object? value) reviver) {
    if (value is List) {
      for (int i = 0; i < value.length; i++) {
        value[i] = _revive(i, value[i], reviver);
      }
    } else if (value is Map) {
      for (Object? k in value.keys.toList()) {
        value[k] = _revive(k, value[k], reviver);
      }
    }
    return reviver(key, value);
  }
}

// A recursive-descent JSON parser; errors are FormatExceptions at the offending character.
class _JsonParser {
  final String _source;
  int _position = 0;
  // The units of a string with escapes ([_parseEscapedString]), reused for each.
  Uint8List _units = Uint8List(64);

  _JsonParser(this._source);

  Never _fail(String message) {
    if (_position >= _source.length) message = "Unexpected end of input";
    throw FormatException(message, _source, _position);
  }

  void _skipWhitespace() {
    int length = _source.length;
    while (_position < length) {
      int c = _source.codeUnitAt(_position);
      if (c != 0x20 && c != 0x0A && c != 0x0D && c != 0x09) break;
      _position++;
    }
  }

  void _expectWord(String word) {
    if (_source.startsWith(word, _position)) {
      _position += word.length;
      return;
    }
    // Report the first character that differs.
    for (int i = 0; i < word.length; i++) {
      if (_position + i >= _source.length || _source.codeUnitAt(_position + i) != word.codeUnitAt(i)) {
        _position += i;
        _fail("Unexpected character");
      }
    }
  }

  Object? _parseValue() {
    if (_position >= _source.length) _fail("Unexpected end of input");
    int c = _source.codeUnitAt(_position);
    if (c == 0x7B) return _parseObject();
    if (c == 0x5B) return _parseArray();
    if (c == 0x22) return _parseString();
    if (c == 0x74) {
      _expectWord("true");
      return true;
    }
    if (c == 0x66) {
      _expectWord("false");
      return false;
    }
    if (c == 0x6E) {
      _expectWord("null");
      return null;
    }
    if (c == 0x2D || (c >= 0x30 && c <= 0x39)) return _parseNumber();
    _fail("Unexpected character");
  }

  Map<String, dynamic> _parseObject() {
    Map<String, dynamic> map = <String, dynamic>{};
    _position++;
    _skipWhitespace();
    if (_position < _source.length && _source.codeUnitAt(_position) == 0x7D) {
      _position++;
      return map;
    }
    while (true) {
      if (_position >= _source.length || _source.codeUnitAt(_position) != 0x22) _fail("Unexpected character");
      String key = _parseString();
      _skipWhitespace();
      if (_position >= _source.length || _source.codeUnitAt(_position) != 0x3A) _fail("Unexpected character");
      _position++;
      _skipWhitespace();
      map[key] = _parseValue();
      _skipWhitespace();
      if (_position >= _source.length) _fail("Unexpected end of input");
      int c = _source.codeUnitAt(_position);
      if (c == 0x7D) {
        _position++;
        return map;
      }
      if (c != 0x2C) _fail("Unexpected character");
      _position++;
      _skipWhitespace();
    }
  }

  List<dynamic> _parseArray() {
    List<dynamic> list = <dynamic>[];
    _position++;
    _skipWhitespace();
    if (_position < _source.length && _source.codeUnitAt(_position) == 0x5D) {
      _position++;
      return list;
    }
    while (true) {
      list.add(_parseValue());
      _skipWhitespace();
      if (_position >= _source.length) _fail("Unexpected end of input");
      int c = _source.codeUnitAt(_position);
      if (c == 0x5D) {
        _position++;
        return list;
      }
      if (c != 0x2C) _fail("Unexpected character");
      _position++;
      _skipWhitespace();
    }
  }

  String _parseString() {
    int start = ++_position;
    int length = _source.length;
    while (true) {
      if (_position >= length) _fail("Unterminated string");
      int c = _source.codeUnitAt(_position);
      if (c == 0x22) {
        String text = _source.substring(start, _position);
        _position++;
        return text;
      }
      if (c < 0x20) _fail("Control character in string");
      if (c == 0x5C) return _parseEscapedString(start);
      _position++;
    }
  }

  // The code unit of the escape whose backslash is at _position; leaves _position on the
  // escape's last character.
  int _parseEscape() {
    _position++;
    if (_position >= _source.length) _fail("Unterminated string");
    int e = _source.codeUnitAt(_position);
    if (e == 0x22 || e == 0x5C || e == 0x2F) return e;
    if (e == 0x62) return 8;
    if (e == 0x66) return 12;
    if (e == 0x6E) return 10;
    if (e == 0x72) return 13;
    if (e == 0x74) return 9;
    if (e != 0x75) _fail("Invalid escape");
    int value = 0;
    for (int i = 0; i < 4; i++) {
      _position++;
      if (_position >= _source.length) _fail("Unterminated string");
      int h = _source.codeUnitAt(_position);
      int digit = h ^ 0x30;
      if (digit > 9) {
        digit = (h | 0x20) - 0x61 + 10;
        if (digit < 10 || digit > 15) _fail("Invalid unicode escape");
      }
      value = value * 16 + digit;
    }
    return value;
  }

  // A string from `start` whose first escape is at _position. Its units are collected in the
  // one-byte [_units] (one copy, no substrings and parts to join); a unit above 0xFF, in the
  // text or from a \u escape, starts the string over with a StringBuffer, which scans the same
  // characters in the same order and so fails at the same place with the same message.
  String _parseEscapedString(int start) {
    int length = _source.length;
    Uint8List units = _units;
    int n = 0;
    for (int i = start; i < _position; i++) {
      int c = _source.codeUnitAt(i);
      if (c > 0xFF) return _parseStringWithBuffer(start);
      if (n == units.length) units = _growUnits(n);
      units[n++] = c;
    }
    while (true) {
      if (_position >= length) _fail("Unterminated string");
      int c = _source.codeUnitAt(_position);
      if (c == 0x22) {
        _position++;
        return Uint8List._byteString(units, 0, n);
      }
      if (c < 0x20) _fail("Control character in string");
      if (c == 0x5C) c = _parseEscape();
      if (c > 0xFF) return _parseStringWithBuffer(start);
      if (n == units.length) units = _growUnits(n);
      units[n++] = c;
      _position++;
    }
  }

  Uint8List _growUnits(int n) {
    Uint8List units = Uint8List._grown(_units, n, 2 * n);
    _units = units;
    return units;
  }

  // [_parseEscapedString] of a string with units above 0xFF, from its start again.
  String _parseStringWithBuffer(int start) {
    _position = start;
    int length = _source.length;
    StringBuffer buffer = StringBuffer();
    while (true) {
      if (_position >= length) _fail("Unterminated string");
      int c = _source.codeUnitAt(_position);
      if (c == 0x22) {
        buffer.write(_source.substring(start, _position));
        _position++;
        return buffer.toString();
      }
      if (c < 0x20) _fail("Control character in string");
      if (c == 0x5C) {
        buffer.write(_source.substring(start, _position));
        buffer.writeCharCode(_parseEscape());
        start = _position + 1;
      }
      _position++;
    }
  }

  num _parseNumber() {
    int start = _position;
    int length = _source.length;
    bool isDouble = false;
    if (_source.codeUnitAt(_position) == 0x2D) _position++;
    if (_position >= length) _fail("Unexpected end of input");
    int c = _source.codeUnitAt(_position);
    if (c == 0x30) {
      _position++;
    } else if (c >= 0x31 && c <= 0x39) {
      while (_position < length && _isDigit(_source.codeUnitAt(_position))) {
        _position++;
      }
    } else {
      _fail("Unexpected character");
    }
    if (_position < length && _source.codeUnitAt(_position) == 0x2E) {
      isDouble = true;
      _position++;
      if (_position >= length || !_isDigit(_source.codeUnitAt(_position))) _fail("Unexpected character");
      while (_position < length && _isDigit(_source.codeUnitAt(_position))) {
        _position++;
      }
    }
    if (_position < length && (_source.codeUnitAt(_position) | 0x20) == 0x65) {
      isDouble = true;
      _position++;
      if (_position < length && (_source.codeUnitAt(_position) == 0x2B || _source.codeUnitAt(_position) == 0x2D)) {
        _position++;
      }
      if (_position >= length || !_isDigit(_source.codeUnitAt(_position))) _fail("Unexpected character");
      while (_position < length && _isDigit(_source.codeUnitAt(_position))) {
        _position++;
      }
    }
    String text = _source.substring(start, _position);
    if (!isDouble) {
      // An integer literal is an int, "-0" included (0: the VM's parser negates an int, and
      // only a fraction or an exponent makes a double such as -0.0).
      int? value = int.tryParse(text);
      if (value != null) return value;
    }
    return double.parse(text);
  }

  static bool _isDigit(int c) => c >= 0x30 && c <= 0x39;
}

// --- UTF-8, ASCII, Latin-1 -----------------------------------------------------------------------

const Utf8Codec utf8 = Utf8Codec();

class Utf8Codec extends Encoding {
  final bool _allowMalformed;
  const Utf8Codec({bool allowMalformed = false}) : _allowMalformed = allowMalformed;

  String get name => "utf-8";

  String decode(List<int> codeUnits, {bool? allowMalformed}) =>
      Utf8Decoder(allowMalformed: allowMalformed ?? _allowMalformed).convert(codeUnits);

  Utf8Encoder get encoder => const Utf8Encoder();
  Utf8Decoder get decoder => Utf8Decoder(allowMalformed: _allowMalformed);
}

class Utf8Encoder extends Converter<String, List<int>> {
  const Utf8Encoder();

  _ChunkedConversion<String, List<int>> _startChunked() => _Utf8EncodeChunks();

  /// The UTF-8 bytes of [string]; unpaired surrogates become U+FFFD.
  Uint8List convert(String string, [int start = 0, int? end]) {
    int stop = RangeError.checkValidRange(start, end, string.length);
    List<int> bytes = <int>[];
    for (int i = start; i < stop; i++) {
      int c = string.codeUnitAt(i);
      if ((c & 0xFC00) == 0xD800 && i + 1 < stop && (string.codeUnitAt(i + 1) & 0xFC00) == 0xDC00) {
        c = 0x10000 + ((c & 0x3FF) << 10) + (string.codeUnitAt(i + 1) & 0x3FF);
        i++;
      } else if (c >= 0xD800 && c <= 0xDFFF) {
        c = 0xFFFD;
      }
      if (c < 0x80) {
        bytes.add(c);
      } else if (c < 0x800) {
        bytes.add(0xC0 | (c >> 6));
        bytes.add(0x80 | (c & 0x3F));
      } else if (c < 0x10000) {
        bytes.add(0xE0 | (c >> 12));
        bytes.add(0x80 | ((c >> 6) & 0x3F));
        bytes.add(0x80 | (c & 0x3F));
      } else {
        bytes.add(0xF0 | (c >> 18));
        bytes.add(0x80 | ((c >> 12) & 0x3F));
        bytes.add(0x80 | ((c >> 6) & 0x3F));
        bytes.add(0x80 | (c & 0x3F));
      }
    }
    return Uint8List.fromList(bytes);
  }
}

class Utf8Decoder extends Converter<List<int>, String> {
  final bool _allowMalformed;
  const Utf8Decoder({bool allowMalformed = false}) : _allowMalformed = allowMalformed;

  _ChunkedConversion<List<int>, String> _startChunked() => _Utf8DecodeChunks(this);

  /// Decodes UTF-8; a malformed sequence is an error, or U+FFFD with allowMalformed.
  String convert(List<int> codeUnits, [int start = 0, int? end]) {
    int stop = RangeError.checkValidRange(start, end, codeUnits.length);
    List<int> out = <int>[];
    int i = start;
    while (i < stop) {
      int b = codeUnits[i] & 0xFF;
      if (b < 0x80) {
        out.add(b);
        i++;
        continue;
      }
      int need;
      int value;
      int min;
      if (b >= 0xC0 && b < 0xE0) {
        need = 1;
        value = b & 0x1F;
        min = 0x80;
      } else if (b >= 0xE0 && b < 0xF0) {
        need = 2;
        value = b & 0x0F;
        min = 0x800;
      } else if (b >= 0xF0 && b < 0xF8) {
        need = 3;
        value = b & 0x07;
        min = 0x10000;
      } else {
        i = _malformed(out, "Unexpected extension byte", codeUnits, i) + 1;
        continue;
      }
      int j = i + 1;
      bool ok = true;
      for (int k = 0; k < need; k++) {
        if (j >= stop) {
          _malformed(out, "Unfinished UTF-8 octet sequence", codeUnits, stop);
          return _finish(out);
        }
        int next = codeUnits[j] & 0xFF;
        if ((next & 0xC0) != 0x80) {
          ok = false;
          break;
        }
        value = (value << 6) | (next & 0x3F);
        j++;
      }
      if (!ok) {
        i = _malformed(out, "Missing extension byte", codeUnits, j);
        continue;
      }
      if (value < min) {
        _malformed(out, "Overlong encoding", codeUnits, i);
      } else if (value > 0x10FFFF) {
        _malformed(out, "Out of unicode range", codeUnits, i);
      } else if (value >= 0xD800 && value <= 0xDFFF) {
        _malformed(out, "Encoded surrogate", codeUnits, i);
      } else {
        out.add(value);
      }
      i = j;
    }
    return _finish(out);
  }

  int _malformed(List<int> out, String message, List<int> source, int offset) {
    if (!_allowMalformed) throw FormatException(message, source, offset);
    out.add(0xFFFD);
    return offset;
  }

  static String _finish(List<int> codePoints) => String.fromCharCodes(codePoints);
}

const AsciiCodec ascii = AsciiCodec();

class AsciiCodec extends Encoding {
  const AsciiCodec();
  String get name => "us-ascii";
  _RangeEncoder get encoder => const _RangeEncoder(0x7F, "ASCII");
  _RangeDecoder get decoder => const _RangeDecoder(0x7F);
}

const Latin1Codec latin1 = Latin1Codec();

class Latin1Codec extends Encoding {
  const Latin1Codec();
  String get name => "iso-8859-1";
  _RangeEncoder get encoder => const _RangeEncoder(0xFF, "Latin-1");
  _RangeDecoder get decoder => const _RangeDecoder(0xFF);
}

class _RangeEncoder extends Converter<String, List<int>> {
  final int _max;
  final String _name;
  const _RangeEncoder(this._max, this._name);

  _ChunkedConversion<String, List<int>> _startChunked() =>
      _EachChunk<String, List<int>>(convert, (List<int> bytes) => bytes.isEmpty);

  Uint8List convert(String string) {
    Uint8List bytes = Uint8List(string.length);
    for (int i = 0; i < string.length; i++) {
      int c = string.codeUnitAt(i);
      if (c > _max) throw ArgumentError.value(string, "string", "Contains invalid characters.");
      bytes[i] = c;
    }
    return bytes;
  }
}

class _RangeDecoder extends Converter<List<int>, String> {
  final int _max;
  const _RangeDecoder(this._max);

  _ChunkedConversion<List<int>, String> _startChunked() =>
      _EachChunk<List<int>, String>(convert, (String text) => text.isEmpty);

  String convert(List<int> bytes) {
    for (int i = 0; i < bytes.length; i++) {
      int b = bytes[i];
      if (b < 0 || b > _max) throw FormatException("Invalid value in input: $b", bytes, i);
    }
    return String.fromCharCodes(bytes);
  }
}

/// Splits text into lines at \n, \r\n and \r; line terminators are not included. As a
/// StreamTransformer (Dart 3's LineSplitter is a StreamTransformerBase<String, String>), each
/// line is one event, and a line split across chunks is put together.
class LineSplitter extends StreamTransformerBase<String, String> {
  const LineSplitter();

  Stream<String> bind(Stream<String> stream) =>
      _bindChunked<String, String>(stream, () => _LineSplitChunks());

  static Iterable<String> split(String lines, [int start = 0, int? end]) =>
      const LineSplitter()._split(lines, start, end);

  List<String> convert(String data) => _split(data, 0, null);

  List<String> _split(String lines, int start, int? end) {
    int stop = RangeError.checkValidRange(start, end, lines.length);
    List<String> result = <String>[];
    int sliceStart = start;
    for (int i = start; i < stop; i++) {
      int c = lines.codeUnitAt(i);
      if (c != 10 && c != 13) continue;
      result.add(lines.substring(sliceStart, i));
      if (c == 13 && i + 1 < stop && lines.codeUnitAt(i + 1) == 10) i++;
      sliceStart = i + 1;
    }
    if (sliceStart < stop) result.add(lines.substring(sliceStart, stop));
    return result;
  }
}
