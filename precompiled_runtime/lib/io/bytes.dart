part of dart.io;

// Bytes cross between Dart and the natives as one-byte (Latin-1) strings: one allocation, no
// per-element boxing, and the collector needs nothing special. These convert them to and from
// byte lists and text.

@pragma('dartc:native', 'dartrt_io_decode_utf8')
external String? _decodeUtf8(String bytes);
@pragma('dartc:native', 'dartrt_io_encode_utf8')
external String? _encodeUtf8(String text);

/// A Uint8List of a byte string.
Uint8List _bytesOf(String bytes) => Uint8List._ofByteString(bytes);

/// A byte string of elements [start, end) of `data`, each value's low 8 bits (what the VM's
/// writes store: they copy other lists into a Uint8List first).
String _stringOfBytes(List<int> data, int start, int end) {
  if (data is Uint8List) return Uint8List._byteString(data, start, end);
  List<int> bytes = List<int>.filled(end - start, 0);
  for (int i = start; i < end; i++) {
    bytes[i - start] = data[i] & 0xFF;
  }
  return String.fromCharCodes(bytes);
}

bool _isAscii(String bytes) {
  for (int i = 0; i < bytes.length; i++) {
    if (bytes.codeUnitAt(i) > 0x7F) return false;
  }
  return true;
}

/// The text of a byte string in `encoding`; the codec's own error when it cannot decode them.
String _decodeBytes(String bytes, Encoding encoding) {
  if (encoding is Latin1Codec) return bytes;
  if (encoding is Utf8Codec || encoding is SystemEncoding) {
    String? text = _decodeUtf8(bytes);
    if (text != null) return text;
  } else if (encoding is AsciiCodec && _isAscii(bytes)) {
    return bytes;
  }
  return encoding.decode(_bytesOf(bytes));
}

/// The byte string of `text` in `encoding`.
String _encodeText(String text, Encoding encoding) {
  if (encoding is Utf8Codec || encoding is SystemEncoding) {
    return _encodeUtf8(text) ?? _throwIfOutOfMemory();
  }
  List<int> bytes = encoding.encode(text);
  return _stringOfBytes(bytes, 0, bytes.length);
}

/// The platform's encoding: UTF-8 on Linux (the VM's SystemEncoding).
const SystemEncoding systemEncoding = SystemEncoding();

class SystemEncoding extends Encoding {
  const SystemEncoding();
  String get name => "system";
  Converter<String, List<int>> get encoder => const Utf8Encoder();
  Converter<List<int>, String> get decoder => const Utf8Decoder();
}
