part of dart.convert;

// Base64 and base64url (RFC 4648) with the SDK's rules (sdk/lib/convert/base64.dart): the
// encoder pads, and throws for a value that is not a byte; the decoder takes both alphabets,
// requires padding (`=` or its escape `%3D`) and throws the SDK's FormatExceptions. Both work in
// chunks: `startChunkedConversion`, and as StreamTransformers (`stream.transform(base64.decoder)`)
// through the same sinks, with the VM's event rules (_bindSink in chunked_conversion.dart).

const Base64Codec base64 = Base64Codec();
const Base64Codec base64Url = Base64Codec.urlSafe();

String base64Encode(List<int> bytes) => base64.encode(bytes);
String base64UrlEncode(List<int> bytes) => base64Url.encode(bytes);
Uint8List base64Decode(String source) => base64.decode(source);

const int _base64Padding = 0x3D; // '='
const int _base64Percent = 0x25; // '%', the start of "%3D"

class Base64Codec extends Codec<List<int>, String> {
  final bool _urlSafe;
  const Base64Codec() : _urlSafe = false;
  const Base64Codec.urlSafe() : _urlSafe = true;

  Base64Encoder get encoder => _urlSafe ? const Base64Encoder.urlSafe() : const Base64Encoder();
  Base64Decoder get decoder => const Base64Decoder();

  Uint8List decode(String encoded) => const Base64Decoder().convert(encoded);
}

class Base64Encoder extends Converter<List<int>, String> {
  final bool _urlSafe;
  const Base64Encoder() : _urlSafe = false;
  const Base64Encoder.urlSafe() : _urlSafe = true;

  String convert(List<int> input) {
    if (input.isEmpty) return "";
    return String.fromCharCodes(_Base64Encoding(_urlSafe).encode(input, 0, input.length, true)!);
  }

  /// A sink of byte chunks whose encoding goes to [sink] as strings: each chunk's complete
  /// three-byte groups at once, the rest with padding at `close` (which closes [sink]).
  ByteConversionSink startChunkedConversion(Sink<String> sink) => _Base64EncoderSink(sink, _urlSafe);

  Stream<String> bind(Stream<List<int>> stream) =>
      _bindSink<List<int>, String>(stream, (EventSink<String> out) => startChunkedConversion(out));
}

/// The state of one encoding: up to two bytes waiting for a third.
class _Base64Encoding {
  final String _alphabet;
  int _count = 0;
  int _bits = 0;

  _Base64Encoding(bool urlSafe)
      : _alphabet = urlSafe
            ? "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
            : "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

  /// The characters for [bytes] from [start] to [end] after the waiting ones (with the last
  /// group padded when [isLast]), or null when there are none.
  Uint8List? encode(List<int> bytes, int start, int end, bool isLast) {
    int total = _count + (end - start);
    int groups = total ~/ 3;
    int length = groups * 4;
    if (isLast && total - groups * 3 > 0) length += 4;
    Uint8List output = Uint8List(length);
    String alphabet = _alphabet;
    int bits = _bits;
    int count = _count;
    int out = 0;
    int byteOr = 0;
    for (int i = start; i < end; i++) {
      int byte = bytes[i];
      byteOr |= byte;
      bits = ((bits << 8) | byte) & 0xFFFFFF;
      if (++count == 3) {
        output[out++] = alphabet.codeUnitAt((bits >> 18) & 0x3F);
        output[out++] = alphabet.codeUnitAt((bits >> 12) & 0x3F);
        output[out++] = alphabet.codeUnitAt((bits >> 6) & 0x3F);
        output[out++] = alphabet.codeUnitAt(bits & 0x3F);
        count = 0;
        bits = 0;
      }
    }
    if (byteOr < 0 || byteOr > 255) {
      int i = start;
      while (bytes[i] >= 0 && bytes[i] <= 255) i++;
      throw ArgumentError.value(bytes, "Not a byte value at index $i: 0x${bytes[i].toRadixString(16)}");
    }
    if (isLast && count == 1) {
      output[out++] = alphabet.codeUnitAt((bits >> 2) & 0x3F);
      output[out++] = alphabet.codeUnitAt((bits << 4) & 0x3F);
      output[out++] = _base64Padding;
      output[out++] = _base64Padding;
      count = 0;
      bits = 0;
    } else if (isLast && count == 2) {
      output[out++] = alphabet.codeUnitAt((bits >> 10) & 0x3F);
      output[out++] = alphabet.codeUnitAt((bits >> 4) & 0x3F);
      output[out++] = alphabet.codeUnitAt((bits << 2) & 0x3F);
      output[out++] = _base64Padding;
      count = 0;
      bits = 0;
    }
    _count = count;
    _bits = bits;
    return length > 0 ? output : null;
  }
}

class _Base64EncoderSink extends ByteConversionSink {
  final Sink<String> _sink;
  final _Base64Encoding _encoding;
  _Base64EncoderSink(this._sink, bool urlSafe) : _encoding = _Base64Encoding(urlSafe);

  void add(List<int> chunk) => _add(chunk, 0, chunk.length, false);

  void addSlice(List<int> chunk, int start, int end, bool isLast) {
    RangeError.checkValidRange(start, end, chunk.length);
    _add(chunk, start, end, isLast);
  }

  void close() => _add(const <int>[], 0, 0, true);

  void _add(List<int> chunk, int start, int end, bool isLast) {
    Uint8List? characters = _encoding.encode(chunk, start, end, isLast);
    if (characters != null) _sink.add(String.fromCharCodes(characters));
    if (isLast) _sink.close();
  }
}

class Base64Decoder extends Converter<String, List<int>> {
  const Base64Decoder();

  Uint8List convert(String input, [int start = 0, int? end]) {
    int stop = RangeError.checkValidRange(start, end, input.length);
    if (start == stop) return Uint8List(0);
    _Base64Decoding decoding = _Base64Decoding();
    Uint8List? bytes = decoding.decode(input, start, stop);
    decoding.close(input, stop);
    return bytes ?? Uint8List(0);
  }

  /// A sink of string chunks whose decoded bytes go to [sink] (a chunk that completes no
  /// four-character group adds nothing); `close` checks that the input ended properly
  /// ("Missing padding character", "Invalid length, must be multiple of four") and closes [sink].
  StringConversionSink startChunkedConversion(Sink<List<int>> sink) => _Base64DecoderSink(sink);

  Stream<List<int>> bind(Stream<String> stream) =>
      _bindSink<String, List<int>>(stream, (EventSink<List<int>> out) => startChunkedConversion(out));
}

/// The state of one decoding, as the SDK's _Base64Decoder keeps it in one int: before padding,
/// `count | bits << 2` (0 to 3 characters of an unfinished group and their six bits each);
/// after padding, `-1 - n` where n is what padding may still come, `=` counting 3 and each
/// character of `%3D` 1. Only 0 and -1 are proper ends.
class _Base64Decoding {
  static const int _invalid = -2;
  static const int _pad = -1;
  // The value of each ASCII character: its digit in either alphabet, _pad for '=' and '%', or
  // _invalid.
  static final Int8List _values = _makeValues();

  static Int8List _makeValues() {
    Int8List values = Int8List(128);
    for (int c = 0; c < 128; c++) {
      int v = _invalid;
      if (c >= 0x41 && c <= 0x5A) {
        v = c - 0x41;
      } else if (c >= 0x61 && c <= 0x7A) {
        v = c - 0x61 + 26;
      } else if (c >= 0x30 && c <= 0x39) {
        v = c - 0x30 + 52;
      } else if (c == 0x2B || c == 0x2D) {
        v = 62;
      } else if (c == 0x2F || c == 0x5F) {
        v = 63;
      } else if (c == _base64Padding || c == _base64Percent) {
        v = _pad;
      }
      values[c] = v;
    }
    return values;
  }

  int _state = 0;

  /// The bytes of [input] from [start] to [end] after the waiting characters, or null when the
  /// chunk completes no group.
  Uint8List? decode(String input, int start, int end) {
    if (_state < 0) {
      _state = _checkPadding(input, start, end, _state);
      return null;
    }
    if (start == end) return Uint8List(0);
    Uint8List output = Uint8List(((_state & 3) + end - start) ~/ 4 * 3 + 2);
    int written = _decodeChunk(input, start, end, output);
    if (written == 0) return null;
    return written == output.length ? output : output.sublist(0, written);
  }

  void close(String? input, int? end) {
    if (_state < -1) throw FormatException("Missing padding character", input, end);
    if (_state > 0) throw FormatException("Invalid length, must be multiple of four", input, end);
    _state = -1;
  }

  int _decodeChunk(String input, int start, int end, Uint8List output) {
    int bits = _state >> 2;
    int count = _state & 3;
    int out = 0;
    int charOr = 0;
    for (int i = start; i < end; i++) {
      int c = input.codeUnitAt(i);
      charOr |= c;
      int value = _values[c & 0x7F];
      if (value >= 0) {
        bits = ((bits << 6) | value) & 0xFFFFFF;
        count = (count + 1) & 3;
        if (count == 0) {
          output[out++] = (bits >> 16) & 0xFF;
          output[out++] = (bits >> 8) & 0xFF;
          output[out++] = bits & 0xFF;
          bits = 0;
        }
        continue;
      }
      if (value == _pad && count > 1) {
        if (charOr > 0x7F) break;
        if (count == 3) {
          if ((bits & 0x03) != 0) throw FormatException("Invalid encoding before padding", input, i);
          output[out++] = (bits >> 10) & 0xFF;
          output[out++] = (bits >> 2) & 0xFF;
        } else {
          if ((bits & 0x0F) != 0) throw FormatException("Invalid encoding before padding", input, i);
          output[out++] = (bits >> 4) & 0xFF;
        }
        int expected = (3 - count) * 3;
        if (c == _base64Percent) expected += 2;
        _state = _checkPadding(input, i + 1, end, -1 - expected);
        return out;
      }
      throw FormatException("Invalid character", input, i);
    }
    if (charOr <= 0x7F) {
      _state = count | (bits << 2);
      return out;
    }
    int i = start;
    while (input.codeUnitAt(i) <= 0x7F) i++;
    throw FormatException("Invalid character", input, i);
  }

  // What follows the first padding character: the rest of the padding (`=` where a whole one is
  // due, else the rest of "%3D"), and nothing after it ("Invalid padding character").
  static int _checkPadding(String input, int start, int end, int state) {
    if (start == end) return state;
    int expected = -1 - state;
    while (expected > 0) {
      int c = input.codeUnitAt(start);
      if (expected == 3) {
        if (c == _base64Padding) {
          expected -= 3;
          start++;
          break;
        }
        if (c != _base64Percent) break;
        expected--;
        start++;
        if (start == end) break;
        c = input.codeUnitAt(start);
      }
      int partial = expected > 3 ? expected - 3 : expected;
      if (partial == 2) {
        if (c != 0x33) break; // '3'
        start++;
        expected--;
        if (start == end) break;
        c = input.codeUnitAt(start);
      }
      if ((c | 0x20) != 0x64) break; // 'D' or 'd'
      start++;
      expected--;
      if (start == end) break;
    }
    if (start != end) throw FormatException("Invalid padding character", input, start);
    return -1 - expected;
  }
}

class _Base64DecoderSink extends StringConversionSink {
  final Sink<List<int>> _sink;
  final _Base64Decoding _decoding = _Base64Decoding();
  _Base64DecoderSink(this._sink);

  void add(String chunk) {
    if (chunk.isEmpty) return;
    Uint8List? bytes = _decoding.decode(chunk, 0, chunk.length);
    if (bytes != null) _sink.add(bytes);
  }

  void addSlice(String chunk, int start, int end, bool isLast) {
    int stop = RangeError.checkValidRange(start, end, chunk.length);
    if (start == stop) return;
    Uint8List? bytes = _decoding.decode(chunk, start, stop);
    if (bytes != null) _sink.add(bytes);
    if (isLast) {
      _decoding.close(chunk, stop);
      _sink.close();
    }
  }

  void close() {
    _decoding.close(null, null);
    _sink.close();
  }
}
