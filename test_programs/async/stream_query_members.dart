// Stream's query members and the transformations built like them, with the VM's semantics
// (sdk/lib/async/stream.dart, stream_pipe.dart): any/every/contains, elementAt, reduce, single,
// firstWhere/lastWhere/singleWhere (with and without orElse), takeWhile, skipWhile, distinct,
// Stream.fromFuture(s) and asyncMap; the subscription is cancelled as soon as the answer is
// known (onCancel shows it), an error event or a throwing callback completes the future with
// that error, and StackTrace.fromString/empty print their text.
//
// Expected output derived by hand from those sources: "No element"/"Too many elements" are
// IterableElementError's StateErrors, elementAt past the end is IndexError.withLength(index,
// count) ("no indices are valid" when count is 0), takeWhile ends at the first failing event,
// skipWhile treats a throwing test as failing (after its error event), distinct compares with
// the last event it delivered, and asyncMap keeps the order of the source while its futures
// complete out of order.
import 'dart:async';

Stream<int> numbers(int n) async* {
  for (var i = 1; i <= n; i++) yield i;
}

// A source that reports its cancellation.
Stream<int> watched(String name, int n) {
  late StreamController<int> controller;
  controller = StreamController<int>(onListen: () {
    for (var i = 1; i <= n; i++) controller.add(i);
    controller.close();
  }, onCancel: () => print('  $name cancelled'));
  return controller.stream;
}

Future<void> show(String what, Future<Object?> Function() f) async {
  try {
    print('$what: ${await f()}');
  } catch (e) {
    print('$what threw: $e');
  }
}

Future<void> main() async {
  await show('any', () => watched('any', 5).any((x) => x > 3));
  await show('any none', () => numbers(3).any((x) => x > 3));
  await show('every', () => watched('every', 5).every((x) => x < 2));
  await show('every all', () => numbers(3).every((x) => x > 0));
  await show('contains', () => numbers(5).contains(4));
  await show('contains not', () => numbers(5).contains('4'));
  await show('any throws', () => numbers(3).any((x) => throw FormatException('test $x')));
  await show('elementAt', () => watched('elementAt', 5).elementAt(2));
  await show('elementAt past the end', () => numbers(2).elementAt(5));
  await show('elementAt empty', () => numbers(0).elementAt(0));
  await show('elementAt negative', () => numbers(2).elementAt(-1));
  await show('reduce', () => numbers(5).reduce((a, b) => a * b));
  await show('reduce empty', () => numbers(0).reduce((a, b) => a + b));
  await show('reduce error event', () => Stream<int>.error(StateError('source')).reduce((a, b) => a));
  await show('single', () => numbers(1).single);
  await show('single none', () => numbers(0).single);
  await show('single many', () => watched('single', 3).single);
  await show('firstWhere', () => watched('firstWhere', 5).firstWhere((x) => x.isEven));
  await show('firstWhere orElse', () => numbers(5).firstWhere((x) => x > 9, orElse: () => -1));
  await show('firstWhere none', () => numbers(5).firstWhere((x) => x > 9));
  await show('firstWhere orElse throws', () => numbers(1).firstWhere((x) => false, orElse: () => throw 'no luck'));
  await show('lastWhere', () => numbers(5).lastWhere((x) => x.isEven));
  await show('lastWhere orElse', () => numbers(5).lastWhere((x) => x > 9, orElse: () => 0));
  await show('singleWhere', () => numbers(5).singleWhere((x) => x == 3));
  await show('singleWhere many', () => watched('singleWhere', 5).singleWhere((x) => x.isOdd));
  await show('singleWhere none', () => numbers(5).singleWhere((x) => x > 5));

  await show('takeWhile', () => watched('takeWhile', 6).takeWhile((x) => x < 4).toList());
  await show('takeWhile throws', () {
    final events = <String>[];
    final done = Completer<List<String>>();
     numbers(4)
        .takeWhile((x) => x < 2 || (throw 'stop at $x'))
        .listen((x) => events.add('$x'), onError: (Object e) => events.add('error $e'), onDone: () => done.complete(events));
    return done.future;
  });
  await show('skipWhile', () => numbers(6).skipWhile((x) => x < 4).toList());
  await show('skipWhile throws', () {
    final events = <String>[];
    final done = Completer<List<String>>();
     numbers(4)
        .skipWhile((x) => x < 2 || (throw 'test $x'))
        .listen((x) => events.add('$x'), onError: (Object e) => events.add('error $e'), onDone: () => done.complete(events));
    return done.future;
  });
  await show('distinct', () => Stream.fromIterable([1, 1, 2, 2, 2, 3, 1]).distinct().toList());
  await show('distinct equals',
      () => Stream.fromIterable(['a', 'A', 'b', 'B', 'a']).distinct((p, n) => p.toLowerCase() == n.toLowerCase()).toList());

  await show('fromFuture', () => Stream.fromFuture(Future.value(7)).toList());
  await show('fromFuture error', () => Stream<int>.fromFuture(Future.error(ArgumentError('bad'))).toList());
  await show('fromFutures', () {
    final slow = Future.delayed(const Duration(milliseconds: 5), () => 'slow');
    return Stream.fromFutures([slow, Future.value('fast')]).toList();
  });
  await show('fromFutures none', () => Stream<int>.fromFutures([]).toList());
  await show('asyncMap', () {
    return numbers(4).asyncMap((x) async {
      await Future.delayed(Duration(milliseconds: 4 - x));
      return x * 10;
    }).toList();
  });
  await show('asyncMap plain values', () => numbers(3).asyncMap((x) => x + 100).toList());
  await show('asyncMap errors', () {
    final events = <String>[];
    final done = Completer<List<String>>();
     numbers(4)
        .asyncMap((x) => x == 2 ? throw 'convert $x' : x == 3 ? Future<int>.error('future $x') : Future.value(x))
        .listen((x) => events.add('$x'), onError: (Object e) => events.add('error $e'), onDone: () => done.complete(events));
    return done.future;
  });

  await show('asFuture', () => numbers(3).listen(null).asFuture('finished'));
  await show('asFuture error', () => watched('asFuture', 3).map((x) => x == 2 ? throw 'at $x' : x).listen(null).asFuture(0));
  print('[${StackTrace.fromString('#0 somewhere')}] [${StackTrace.empty}]');
}
