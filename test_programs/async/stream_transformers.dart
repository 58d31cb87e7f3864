// StreamView, Stream.eventTransformed, Stream.toSet, StreamTransformer(onListen),
// StreamTransformer.fromBind, StreamTransformer.castFrom/cast and Converter.castFrom/cast, with
// the VM's semantics (sdk/lib/async/stream.dart, stream_transformers.dart, _internal/cast.dart,
// convert/converter.dart).
//
// Expected output derived by hand from those sources:
// - StreamView forwards listen, isBroadcast and asBroadcastStream to the stream it wraps;
// - eventTransformed calls the mapping at each listen with the new stream's sink; the source's
//   data, errors and done go to the mapped sink's add/addError/close; once the new stream is
//   done its sink throws "Bad state: Stream is already closed" (and the source is cancelled);
// - toSet keeps the first of equal elements, in order;
// - StreamTransformer(onListen) calls onListen(source, cancelOnError) at listen and puts the
//   listener's handlers on the subscription it returns; fromBind's bind is the function;
// - castFrom/cast cast the bound stream to the source transformer's input type (a failed cast is
//   an error event: "type 'String' is not a subtype of type 'int' in type cast") and its output
//   to the new output type; Converter.cast casts convert's input and result the same way.
import 'dart:async';
import 'dart:convert';

class Chunks extends StreamView<List<int>> {
  Chunks(Stream<List<int>> stream) : super(stream);

  Future<int> totalLength() => fold(0, (int n, List<int> chunk) => n + chunk.length);
}

class DoublingSink implements EventSink<int> {
  final EventSink<int> out;
  DoublingSink(this.out);

  void add(int x) {
    out.add(x);
    out.add(x);
  }

  void addError(Object error, [StackTrace? stackTrace]) {
    out.add(-1);
  }

  void close() {
    out.add(0);
    out.close();
  }
}

class EarlyClose implements EventSink<int> {
  final EventSink<int> out;
  EarlyClose(this.out);

  void add(int x) {
    out.close();
    try {
      out.add(x);
    } catch (e) {
      print('after close: $e');
    }
  }

  void addError(Object error, [StackTrace? stackTrace]) {}

  void close() {
    print('never: the source was cancelled');
  }
}

Future<void> views() async {
  var chunks = Chunks(Stream<List<int>>.fromIterable([
    [1, 2],
    [3]
  ]));
  print('view isBroadcast ${chunks.isBroadcast}');
  print('total ${await chunks.totalLength()}');
  var broadcast = StreamController<int>.broadcast();
  var view = StreamView<int>(broadcast.stream);
  print('broadcast view isBroadcast ${view.isBroadcast}');
  var shared = StreamView<int>(Stream<int>.fromIterable([7, 8])).asBroadcastStream();
  print('asBroadcastStream isBroadcast ${shared.isBroadcast}');
  var first = shared.toList();
  var second = shared.toList();
  print('both listeners: ${await first} ${await second}');
}

Future<void> eventTransformed() async {
  var mappings = 0;
  var doubled = Stream<int>.eventTransformed(Stream<int>.fromIterable([1, 2]), (EventSink<int> sink) {
    mappings++;
    return DoublingSink(sink);
  });
  print('mappings before listen $mappings');
  print('doubled ${await doubled.toList()}');
  print('again ${await doubled.toList()}, mappings $mappings');
  var withError = StreamController<int>();
  withError.add(5);
  withError.addError('oops');
  withError.close();
  print('error mapped ${await Stream<int>.eventTransformed(withError.stream, (EventSink<int> s) => DoublingSink(s)).toList()}');
  var done = Completer<void>();
  Stream<int>.eventTransformed(Stream<int>.fromIterable([9, 10]), (EventSink<int> s) => EarlyClose(s))
      .listen((int x) => print('early $x'), onDone: () {
    print('early done');
    done.complete();
  });
  await done.future;
  await Future.delayed(Duration.zero);
}

Future<void> transformers() async {
  print('toSet ${await Stream<int>.fromIterable([3, 1, 3, 2, 1]).toSet()}');
  var bracket = StreamTransformer<int, String>((Stream<int> input, bool cancelOnError) {
    print('onListen cancelOnError=$cancelOnError');
    var controller = StreamController<String>(sync: true);
    controller.onListen = () {
      input.listen((int x) => controller.add('<$x>'), onDone: controller.close);
    };
    return controller.stream.listen(null);
  });
  print('subscription transformer ${await Stream<int>.fromIterable([1, 2]).transform(bracket).toList()}');
  var tripled = StreamTransformer<int, int>.fromBind((Stream<int> s) => s.map((int x) => x * 3));
  print('fromBind ${await Stream<int>.fromIterable([1, 2]).transform(tripled).toList()}');
  StreamTransformer<Object?, Object?> anything =
      StreamTransformer<int, String>.fromHandlers(handleData: (int x, EventSink<String> sink) => sink.add('#$x'))
          .cast<Object?, Object?>();
  print('cast ${await Stream<Object?>.fromIterable([1, 2]).transform(anything).toList()}');
  try {
    await Stream<Object?>.fromIterable(['x']).transform(anything).toList();
  } catch (e) {
    print('cast error: $e');
  }
  var viaCastFrom = StreamTransformer.castFrom<int, int, num, num>(tripled);
  print('castFrom ${await Stream<num>.fromIterable([4]).transform(viaCastFrom).toList()}');
}

Future<void> converters() async {
  Converter<Object?, Object?> encoder = utf8.encoder.cast<Object?, Object?>();
  print('converter cast ${encoder.convert('hé')}');
  try {
    encoder.convert(3);
  } catch (e) {
    print('converter cast error: $e');
  }
  print('converter cast bind ${await Stream<Object?>.fromIterable(['a']).transform(encoder).toList()}');
  var castFrom = Converter.castFrom<String, List<int>, Object?, Object?>(utf8.encoder);
  print('converter castFrom ${castFrom.convert('b')}');
}

Future<void> main() async {
  await views();
  print('--');
  await eventTransformed();
  print('--');
  await transformers();
  print('--');
  await converters();
}
