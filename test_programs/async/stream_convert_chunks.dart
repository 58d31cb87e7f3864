// dart:convert's converters as StreamTransformers, with chunk boundaries chosen to split what can
// be split. Expected output derived from sdk/lib/convert: Converter.bind runs the chunked
// conversion; Utf8Decoder's keeps an unfinished UTF-8 sequence for the next chunk and reports
// one left at the end as "Unfinished UTF-8 octet sequence" (U+FFFD with allowMalformed); empty
// results are not delivered (a chunk holding only the start of a sequence gives no event);
// Utf8Encoder's keeps a lone high surrogate at a chunk's end for the next chunk; LineSplitter
// (a StreamTransformerBase<String, String>) delivers each line as an event, joins a line
// split across chunks, treats "\r" at a chunk's end followed by "\n" at the next one's start as
// one "\r\n", and delivers an unterminated last line at the end; latin1/ascii decoders convert
// each chunk; JsonDecoder parses the text of all chunks at the end; a Converter subclass without
// a chunked form fails with "This converter does not support chunked conversions".
import 'dart:async';
import 'dart:convert';

class Upper extends Converter<String, String> {
  const Upper();
  String convert(String input) => input.toUpperCase();
}

Stream<T> chunks<T>(List<T> items) => Stream<T>.fromIterable(items);

Future<void> main() async {
  // "ä" = C3 A4, "€" = E2 82 AC, "😀" = F0 9F 98 80
  List<List<int>> bytes = <List<int>>[
    <int>[0x61, 0xC3],
    <int>[0xA4, 0xE2, 0x82],
    <int>[0xAC],
    <int>[0xF0],
    <int>[0x9F, 0x98],
    <int>[0x80, 0x62],
  ];
  print(await chunks(bytes).transform(utf8.decoder).toList());

  try {
    await chunks(<List<int>>[<int>[0x61, 0xE2, 0x82]]).transform(utf8.decoder).toList();
  } on FormatException catch (e) {
    print(e.message);
  }
  print(await chunks(<List<int>>[<int>[0x61, 0xE2, 0x82]])
      .transform(const Utf8Decoder(allowMalformed: true))
      .map((String s) => s.runes.toList())
      .toList());

  String emoji = '😀';
  List<String> texts = <String>['a${emoji.substring(0, 1)}', '${emoji.substring(1)}b', ''];
  print(await chunks(texts).transform(utf8.encoder).toList());

  List<String> pieces = <String>['one\ntw', 'o\r', '\nthree\r', 'four\n\n', 'fi', 've'];
  print(await chunks(pieces).transform(const LineSplitter()).toList());
  print(await chunks(<String>['a\n', 'b\n']).transform(const LineSplitter()).length);

  print(await chunks(<List<int>>[<int>[0x41, 0xE9], <int>[0x42]]).transform(latin1.decoder).toList());
  print(await chunks(<String>['AB', 'C']).transform(ascii.encoder).toList());

  // Stream<String> of lines from bytes, as programs read stdin or a process's output.
  List<List<int>> text = <List<int>>[utf8.encode('x = 1\ny'), utf8.encode(' = 2\n')];
  await for (String line in chunks(text).transform(utf8.decoder).transform(const LineSplitter())) {
    print('line: $line');
  }

  print(await chunks(<String>['{"a": [1, ', '2]}']).transform(json.decoder).toList());
  print(await chunks(<Object?>[<int>[1, 2]]).transform(json.encoder).toList());

  try {
    await chunks(<String>['x']).transform(const Upper()).toList();
  } on UnsupportedError catch (e) {
    print(e.message!.startsWith('This converter does not support chunked conversions'));
  }
}
