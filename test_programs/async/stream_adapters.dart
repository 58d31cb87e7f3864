// Stream members that adapt a whole stream, with the VM's semantics (sdk/lib/async/stream.dart,
// stream_impl.dart's _AsBroadcastStream, _internal/cast.dart's CastStream): cast, castFrom,
// asBroadcastStream (with and without handlers), timeout (error event and onTimeout),
// asyncExpand and pipe.
//
// Expected output derived by hand from those sources:
// - cast: a data event that is not an R goes to onError as the `as` TypeError ("type 'String'
//   is not a subtype of type 'int' in type cast") and does not cancel the subscription, even
//   with cancelOnError (CastStreamSubscription calls the handler itself); isBroadcast is the
//   source's.
// - asBroadcastStream: the source is listened to at the first listen, before onListen runs;
//   onCancel runs synchronously when the last listener cancels; cancelling through its handle
//   cancels the source, and a later listener gets only done. Without onCancel the source stays
//   subscribed (hasListener true), events while no one listens are dropped.
// - timeout: one TimeoutException("No stream event", timeLimit) per silent period (the timer is
//   only restarted by source events); onTimeout's sink works during the call only, after it
//   "Bad state: Sink not available".
// - asyncExpand: the source is paused while each inner stream plays; a null result adds nothing;
//   what convert throws is an error event and the stream goes on.
// - pipe: addStream, then close; its future is close's, which completes after done reached the
//   listener.
import 'dart:async';

Future<void> settle() => Future.delayed(Duration.zero);

Future<void> castMembers() async {
  Stream<Object> mixed = Stream<Object>.fromIterable([1, 2, 'three', 4]);
  var done = Completer<void>();
  mixed.cast<int>().listen((int x) => print('cast $x'),
      onError: (Object e) => print('cast error: $e'), onDone: done.complete, cancelOnError: true);
  await done.future;
  print('cast toList: ${await Stream<Object>.fromIterable([5, 6]).cast<num>().toList()}');
  print('castFrom: ${await Stream.castFrom<Object, int>(Stream<Object>.fromIterable([7])).toList()}');
  print('cast isBroadcast: ${StreamController<int>.broadcast().stream.cast<num>().isBroadcast}');
  var noHandler = runZonedGuarded(() {
    Stream<Object>.fromIterable(['x']).cast<int>().listen((int x) => print('never $x'));
  }, (Object e, StackTrace s) => print('uncaught: $e'));
  print('zone result: $noHandler');
  await settle();
}

Future<void> asBroadcastWithHandlers() async {
  var source = StreamController<int>(
      onListen: () => print('source listened'), onCancel: () => print('source cancelled'));
  var broadcast = source.stream.asBroadcastStream(onListen: (StreamSubscription<int> s) {
    print('broadcast onListen, paused: ${s.isPaused}');
  }, onCancel: (StreamSubscription<int> s) {
    print('broadcast onCancel');
    try {
      s.onData((int x) {});
    } catch (e) {
      print(e);
    }
    s.cancel();
  });
  print('isBroadcast: ${broadcast.isBroadcast}');
  var a = broadcast.listen((int x) => print('a $x'));
  var b = broadcast.listen((int x) => print('b $x'));
  source.add(1);
  source.add(2);
  await settle();
  print('cancel a');
  await a.cancel();
  print('cancel b');
  await b.cancel();
  print('source hasListener: ${source.hasListener}');
  var late = Completer<void>();
  broadcast.listen((int x) => print('late $x'), onDone: () {
    print('late listener done');
    late.complete();
  });
  await late.future;
}

Future<void> asBroadcastWithout() async {
  var source = StreamController<int>(sync: true);
  var broadcast = source.stream.asBroadcastStream();
  var first = broadcast.listen((int x) => print('first $x'));
  source.add(1);
  await first.cancel();
  print('source hasListener after the last cancel: ${source.hasListener}');
  source.add(2);
  var done = Completer<void>();
  broadcast.listen((int x) => print('second $x'), onDone: () {
    print('second done');
    done.complete();
  });
  source.add(3);
  source.close();
  await done.future;
}

Future<void> timeouts() async {
  var silent = StreamController<int>();
  var done = Completer<void>();
  silent.stream.timeout(const Duration(milliseconds: 40)).listen((int x) => print('timeout data $x'),
      onError: (Object e) => print('timeout error: $e'), onDone: done.complete);
  silent.add(1);
  await Future.delayed(const Duration(milliseconds: 400));
  silent.close();
  await done.future;
  print('timeout done');

  EventSink<int>? saved;
  var done2 = Completer<void>();
  var quiet = StreamController<int>(onCancel: () => print('quiet source cancelled'));
  quiet.stream.timeout(const Duration(milliseconds: 40), onTimeout: (EventSink<int> sink) {
    saved = sink;
    sink.add(-1);
    sink.close();
  }).listen((int x) => print('onTimeout data $x'), onDone: done2.complete);
  await done2.future;
  print('onTimeout done');
  try {
    saved!.add(0);
  } catch (e) {
    print('after the call: $e');
  }
}

Future<void> expands() async {
  var list = await Stream.fromIterable([1, 2, 3])
      .asyncExpand((int n) => n == 2 ? null : Stream.fromIterable(List.filled(n, n)))
      .toList();
  print('asyncExpand: $list');
  var done = Completer<void>();
  Stream.fromIterable([1, 2, 3]).asyncExpand((int n) {
    if (n == 2) throw 'bad $n';
    return Stream.value(n * 10);
  }).listen((int x) => print('expand $x'), onError: (Object e) => print('expand error: $e'), onDone: () {
    print('expand done');
    done.complete();
  });
  await done.future;
  print('asyncExpand isBroadcast: ${StreamController<int>.broadcast().stream.asyncExpand((int x) => null).isBroadcast}');
}

Future<void> pipes() async {
  var target = StreamController<int>();
  target.stream.listen((int x) => print('piped $x'), onDone: () => print('target done'));
  await Stream.fromIterable([7, 8]).pipe(target);
  print('pipe complete');
}

Future<void> main() async {
  await castMembers();
  await asBroadcastWithHandlers();
  await asBroadcastWithout();
  await timeouts();
  await expands();
  await pipes();
}
