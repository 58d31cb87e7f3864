// base64 with the SDK's rules, derived by hand from sdk/lib/convert/base64.dart:
// - the encoder pads ("AA==", "+/8=", base64url "-_8="), throws ArgumentError.value(bytes,
//   "Not a byte value at index i: 0x..") for a value that is not a byte;
// - its chunked sink emits each chunk's complete three-byte groups ("hel" -> "aGVs") and
//   nothing for fewer, the padded rest at close, then closes the target;
// - the decoder takes both alphabets and "%3D" for '=', and throws FormatExceptions whose
//   messages and offsets follow _Base64Decoder: "Invalid character" (an '=' after a complete
//   group, a space, a non-ASCII character at its own index), "Invalid length, must be multiple
//   of four" and "Missing padding character" at the end, "Invalid encoding before padding"
//   when the bits padding drops are not zero, "Invalid padding character" after the padding;
// - its chunked sink emits bytes when a chunk completes a group, takes padding split over
//   chunks, and at close throws for unfinished input with no source and no offset (the sink
//   passes null for both), without closing the target;
// - as StreamTransformers (Converter.bind: Stream.eventTransformed over the chunked sink), an
//   error thrown by a chunk is an error event and the stream goes on; an error at close is an
//   error event and no done event follows.
import 'dart:async';
import 'dart:convert';

class Collect<T> implements Sink<T> {
  void add(T chunk) => print('  add $chunk');
  void close() => print('  close');
}

void decodeError(String input) {
  try {
    print(base64.decode(input));
  } on FormatException catch (e) {
    print('${e.message} at ${e.offset}');
  }
}

void main() async {
  print('[${base64.encode([])}] ${base64.encode([0])} ${base64.encode([0xfb, 0xff])} '
      '${base64Url.encode([0xfb, 0xff])}');
  try {
    base64.encode([1, 256]);
  } on ArgumentError catch (e) {
    print(e.name);
  }

  print('encoder sink:');
  ByteConversionSink encoder = base64.encoder.startChunkedConversion(Collect<String>());
  encoder.add([104]);
  encoder.add([101, 108]);
  encoder.add([108, 111]);
  encoder.close();
  print('encoder sink, slices:');
  encoder = base64Url.encoder.startChunkedConversion(Collect<String>());
  encoder.addSlice([0, 0xfb, 0xff, 0xfe, 0], 1, 4, false);
  encoder.addSlice([0xfb, 0xff], 0, 2, true);

  print('decoder sink:');
  StringConversionSink decoder = base64.decoder.startChunkedConversion(Collect<List<int>>());
  decoder.add('aGV');
  decoder.add('sbG8=');
  decoder.close();
  print('decoder sink, padding split:');
  decoder = base64.decoder.startChunkedConversion(Collect<List<int>>());
  decoder.add('QQ');
  decoder.add('=');
  decoder.add('=');
  decoder.close();
  print('decoder sink, unfinished:');
  decoder = base64.decoder.startChunkedConversion(Collect<List<int>>());
  decoder.add('QUJDR');
  try {
    decoder.close();
  } on FormatException catch (e) {
    print('${e.message} at ${e.offset}, source ${e.source}');
  }

  print(base64.decode('QQ%3D%3D'));
  print(base64Url.decode('-_8='));
  print(base64.decoder.convert('xxQUJDxx', 2, 6));
  decodeError('QUJD=');
  decodeError('QUJDRA');
  decodeError('QUJDRA=');
  decodeError('QUJDRB==');
  decodeError('QUJDRA===');
  decodeError('QUJD\u00e9');
  decodeError('QU JD');

  print(await Stream.fromIterable([
    [104],
    [101, 108],
    [108, 111]
  ]).transform(base64.encoder).toList());
  print(await Stream.fromIterable(['aGV', 'sbG8=']).transform(base64.decoder).toList());

  Stream.fromIterable(['QUJD', 'Q*JD', 'RA==']).transform(base64.decoder).listen(
      (bytes) => print('data $bytes'),
      onError: (Object e) => print('error ${(e as FormatException).message}'),
      onDone: () => print('done'));
  await Future<void>.delayed(Duration.zero);
  Stream.fromIterable(['QUJDR']).transform(base64.decoder).listen((bytes) => print('data $bytes'),
      onError: (Object e) => print('error ${(e as FormatException).message}'),
      onDone: () => print('done (not expected)'));
  await Future<void>.delayed(Duration.zero);
  print('no done after the unfinished input');

  print('utf8 decoder sink:');
  Sink<List<int>> utf8Sink = utf8.decoder.startChunkedConversion(Collect<String>());
  utf8Sink.add([0xc3]);
  utf8Sink.add([0xa9, 0x41]);
  utf8Sink.close();
}
