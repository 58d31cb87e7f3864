part of dart.convert;

// Converters as stream transformers (sdk/lib/convert/converter.dart's bind, which runs a chunked
// conversion over the stream's events). What a chunk boundary may split is carried to the next
// chunk: a UTF-8 sequence (Utf8Decoder), a surrogate pair (Utf8Encoder), a line and a "\r\n"
// (LineSplitter); JsonDecoder parses the whole text at the end. As in the VM, empty results are
// not delivered, and a converter without a chunked form (a Converter subclass of the program's)
// fails with "This converter does not support chunked conversions". Base64's converters have
// the SDK's chunked sinks instead (convert/base64.dart, bound by _bindSink below).
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

// --- Chunked conversion sinks (sdk/lib/convert/chunked_conversion.dart, byte_conversion.dart,
// string_conversion.dart): what `Converter.startChunkedConversion` returns.

/// A sink for the chunks of a conversion.
abstract class ChunkedConversionSink<T> implements Sink<T> {
  ChunkedConversionSink();

  /// Collects the chunks; [callback] gets them all at `close`.
  factory ChunkedConversionSink.withCallback(void Function(List<T> accumulated) callback) =>
      _CallbackSink<T>(callback);

  void add(T chunk);
  void close();
}

class _CallbackSink<T> extends ChunkedConversionSink<T> {
  final void Function(List<T> accumulated) _callback;
  final List<T> _accumulated = <T>[];
  _CallbackSink(this._callback);

  void add(T chunk) {
    _accumulated.add(chunk);
  }

  void close() {
    _callback(_accumulated);
  }
}

/// A sink for chunks of bytes, which may also take a slice of a chunk.
abstract class ByteConversionSink extends ChunkedConversionSink<List<int>> {
  ByteConversionSink();

  /// Collects the bytes; [callback] gets them all, in one list, at `close`.
  factory ByteConversionSink.withCallback(void Function(List<int> accumulated) callback) =>
      _ByteCallbackSink(callback);

  /// [chunk] from [start] to [end]; then `close` when [isLast].
  void addSlice(List<int> chunk, int start, int end, bool isLast) {
    add(chunk.sublist(start, end));
    if (isLast) close();
  }
}

class _ByteCallbackSink extends ByteConversionSink {
  final void Function(List<int> accumulated) _callback;
  final List<int> _bytes = <int>[];
  _ByteCallbackSink(this._callback);

  void add(List<int> chunk) {
    _bytes.addAll(chunk);
  }

  void close() {
    _callback(Uint8List.fromList(_bytes));
  }
}

/// A sink for chunks of text, which may also take a slice of a chunk.
abstract class StringConversionSink extends ChunkedConversionSink<String> {
  StringConversionSink();

  /// Collects the text; [callback] gets it all, as one string, at `close`.
  factory StringConversionSink.withCallback(void Function(String accumulated) callback) =>
      _StringCallbackSink(callback);

  /// [chunk] from [start] to [end]; then `close` when [isLast].
  void addSlice(String chunk, int start, int end, bool isLast) {
    add(chunk.substring(start, end));
    if (isLast) close();
  }
}

class _StringCallbackSink extends StringConversionSink {
  final void Function(String accumulated) _callback;
  final StringBuffer _text = StringBuffer();
  _StringCallbackSink(this._callback);

  void add(String chunk) {
    _text.write(chunk);
  }

  void close() {
    _callback(_text.toString());
  }
}

/// `startChunkedConversion` of a converter that has a [_ChunkedConversion] (UTF-8, ASCII,
/// Latin-1, JSON, ...): each chunk's output goes to [_sink] as it is ready.
class _ConversionSink<S, T> implements Sink<S> {
  final _ChunkedConversion<S, T> _conversion;
  final _SinkAsEventSink<T> _out;
  _ConversionSink(this._conversion, Sink<T> sink) : _out = _SinkAsEventSink<T>(sink);

  void add(S chunk) => _conversion.add(chunk, _out);

  void close() {
    _conversion.close(_out);
    _out.close();
  }
}

class _SinkAsEventSink<T> implements EventSink<T> {
  final Sink<T> _sink;
  _SinkAsEventSink(this._sink);

  void add(T event) => _sink.add(event);
  void addError(Object error, [StackTrace? stackTrace]) =>
      Error.throwWithStackTrace(error, stackTrace ?? StackTrace.current);
  void close() => _sink.close();
}

/// A converter's `bind` through its chunked sink, with the VM's rules (converter.dart's
/// _ConverterStreamEventSink under Stream.eventTransformed): what the sink's `add` throws is an
/// error event and the stream goes on; the sink's `close` sends done, so when it throws (an
/// unfinished input) the stream gets that error and no done event.
Stream<T> _bindSink<S, T>(Stream<S> stream, Sink<S> Function(EventSink<T> out) start) {
  Sink<S>? sink;
  return StreamTransformer<S, T>.fromHandlers(handleData: (S chunk, EventSink<T> out) {
    try {
      (sink ??= start(out)).add(chunk);
    } catch (error, stackTrace) {
      out.addError(error, stackTrace);
    }
  }, handleDone: (EventSink<T> out) {
    try {
      (sink ??= start(out)).close();
    } catch (error, stackTrace) {
      out.addError(error, stackTrace);
    }
  }).bind(stream);
}
