part of dart.convert;

// Converters as stream transformers (sdk/lib/convert/converter.dart's bind, which runs a chunked
// conversion over the stream's events). What a chunk boundary may split is carried to the next
// chunk: a UTF-8 sequence (Utf8Decoder), a surrogate pair (Utf8Encoder), a line and a "\r\n"
// (LineSplitter); JsonDecoder parses the whole text at the end. As in the VM, empty results are
// not delivered, and a converter without a chunked form (a Converter subclass of the program's,
// and here also base64's) fails with "This converter does not support chunked conversions".
// The conversion state belongs to the transformed stream (one per `bind`): a single-subscription
// stream, as the sources here are, is listened to once.

/// The state of one chunked conversion: each chunk's output goes to [out] as it is ready.
abstract class _ChunkedConversion<S, T> {
  void add(S chunk, EventSink<T> out);
  void close(EventSink<T> out);
}

Stream<T> _bindChunked<S, T>(Stream<S> stream, _ChunkedConversion<S, T> Function() start) {
  _ChunkedConversion<S, T>? conversion;
  return StreamTransformer<S, T>.fromHandlers(handleData: (S chunk, EventSink<T> out) {
    (conversion ??= start()).add(chunk, out);
  }, handleDone: (EventSink<T> out) {
    try {
      (conversion ??= start()).close(out);
    } catch (error, stackTrace) {
      out.addError(error, stackTrace);
    }
    out.close();
  }).bind(stream);
}

/// Chunks converted one by one (ASCII and Latin-1: nothing spans two chunks).
class _EachChunk<S, T> extends _ChunkedConversion<S, T> {
  final T Function(S chunk) _convert;
  final bool Function(T result) _isEmpty;
  _EachChunk(this._convert, this._isEmpty);

  void add(S chunk, EventSink<T> out) {
    T result = _convert(chunk);
    if (!_isEmpty(result)) out.add(result);
  }

  void close(EventSink<T> out) {}
}

class _Utf8DecodeChunks extends _ChunkedConversion<List<int>, String> {
  final Utf8Decoder _decoder;
  List<int> _carry = const <int>[];
  _Utf8DecodeChunks(this._decoder);

  void add(List<int> chunk, EventSink<String> out) {
    List<int> bytes = chunk;
    if (_carry.isNotEmpty) {
      bytes = <int>[..._carry, ...chunk];
    }
    int cut = _completeLength(bytes);
    _carry = cut == bytes.length ? const <int>[] : bytes.sublist(cut);
    if (cut == 0) return;
    String text = _decoder.convert(bytes, 0, cut);
    if (text.isNotEmpty) out.add(text);
  }

  void close(EventSink<String> out) {
    if (_carry.isEmpty) return;
    List<int> rest = _carry;
    _carry = const <int>[];
    // An unfinished sequence at the end: the decoder's error (or U+FFFD).
    String text = _decoder.convert(rest);
    if (text.isNotEmpty) out.add(text);
  }

  // The length of [bytes] without a trailing multi-byte sequence that the next chunk completes.
  static int _completeLength(List<int> bytes) {
    int n = bytes.length;
    for (int back = 1; back <= 3 && back <= n; back++) {
      int b = bytes[n - back] & 0xFF;
      if ((b & 0xC0) == 0x80) continue;  // a continuation byte: look further back
      int need = b >= 0xF0 && b < 0xF8 ? 4 : (b >= 0xE0 ? 3 : (b >= 0xC0 ? 2 : 1));
      return need > back ? n - back : n;
    }
    return n;
  }
}

class _Utf8EncodeChunks extends _ChunkedConversion<String, List<int>> {
  String _highSurrogate = "";

  void add(String chunk, EventSink<List<int>> out) {
    String text = _highSurrogate.isEmpty ? chunk : _highSurrogate + chunk;
    _highSurrogate = "";
    int end = text.length;
    if (end > 0 && (text.codeUnitAt(end - 1) & 0xFC00) == 0xD800) {
      _highSurrogate = text.substring(end - 1);
      end--;
    }
    if (end > 0) out.add(const Utf8Encoder().convert(text, 0, end));
  }

  void close(EventSink<List<int>> out) {
    if (_highSurrogate.isNotEmpty) out.add(const Utf8Encoder().convert(_highSurrogate));
    _highSurrogate = "";
  }
}

class _LineSplitChunks extends _ChunkedConversion<String, String> {
  String _partial = "";
  bool _skipLeadingNewline = false;  // the last chunk ended with "\r"

  void add(String chunk, EventSink<String> out) {
    int start = 0;
    if (_skipLeadingNewline) {
      _skipLeadingNewline = false;
      if (chunk.isNotEmpty && chunk.codeUnitAt(0) == 10) start = 1;
    }
    int sliceStart = start;
    for (int i = start; i < chunk.length; i++) {
      int c = chunk.codeUnitAt(i);
      if (c != 10 && c != 13) continue;
      String line = chunk.substring(sliceStart, i);
      if (_partial.isNotEmpty) {
        line = _partial + line;
        _partial = "";
      }
      out.add(line);
      if (c == 13) {
        if (i + 1 < chunk.length) {
          if (chunk.codeUnitAt(i + 1) == 10) i++;
        } else {
          _skipLeadingNewline = true;
        }
      }
      sliceStart = i + 1;
    }
    if (sliceStart < chunk.length) _partial += chunk.substring(sliceStart);
  }

  void close(EventSink<String> out) {
    if (_partial.isNotEmpty) out.add(_partial);
    _partial = "";
  }
}

/// JsonEncoder's: one object, encoded when it comes ("Only one call to add allowed").
class _JsonEncodeChunk extends _ChunkedConversion<Object?, String> {
  final String Function(Object? object) _convert;
  bool _added = false;
  _JsonEncodeChunk(this._convert);

  void add(Object? object, EventSink<String> out) {
    if (_added) throw StateError("Only one call to add allowed");
    _added = true;
    out.add(_convert(object));
  }

  void close(EventSink<String> out) {}
}

/// JsonDecoder's: the text of every chunk, parsed at the end.
class _JsonDecodeChunks extends _ChunkedConversion<String, Object?> {
  final Object? Function(String text) _convert;
  final StringBuffer _text = StringBuffer();
  _JsonDecodeChunks(this._convert);

  void add(String chunk, EventSink<Object?> out) {
    _text.write(chunk);
  }

  void close(EventSink<Object?> out) {
    out.add(_convert(_text.toString()));
  }
}
