// Frames of generator and async bodies in stack traces: the VM names them after the function
// itself (a sync* body runs in `countdown`'s own frame, resumed from _SyncStarIterator.moveNext;
// an async body after an await runs in `fetch`'s frame), closures and local functions after the
// functions around them, with the position of the throw as for any frame. dartc's resumption
// helper (_resumeCoroutine) is invisible like the VM's resume stub.
//
// Expectations derived by hand from the VM's rules (runtime/vm/stack_trace.cc prints every Dart
// frame; async_patch.dart's _SyncStarIterator.moveNext resumes the body): positions are the
// 'throw' keyword or the called member's name, 1-based. Only this file's frames are printed
// with their positions (directory cut off), core library frames as '(dart:…)'. Of an async
// body resumed after an await only the innermost frame is printed: below it the VM prints
// '<asynchronous suspension>' and its awaiters, dartc the event loop's frames.

Iterable<int> countdown(int n) sync* {
  while (n > 0) {
    yield n;
    n--;
  }
  throw StateError('liftoff');
}

Iterable<int> early() sync* {
  throw StateError('early');
}

class Sequence {
  Iterable<String> items() sync* {
    yield 'a';
    throw StateError('method');
  }
}

Future<int> fetch(int n) async {
  await Future<void>.delayed(Duration.zero);
  if (n > 0) throw StateError('after await');
  return n;
}

Future<int> eager(int n) async {
  if (n > 0) throw StateError('before await');
  await null;
  return n;
}

void printFrames(String what, StackTrace st, int limit) {
  print('$what:');
  var count = 0;
  for (var line in st.toString().split('\n')) {
    if (line.isEmpty) continue;
    if (count++ == limit) break;
    int open = line.indexOf(' (');
    String location = line.substring(open + 2, line.length - 1);
    if (location.startsWith('file://')) {
      location = location.substring(location.lastIndexOf('/') + 1);
    } else if (location.startsWith('dart:')) {
      location = 'dart:…';
    }
    print('  ${line.substring(0, open)} ($location)');
  }
}

void show(String what, void Function() f) {
  try {
    f();
  } catch (e, st) {
    printFrames(what, st, 99);
  }
}

void drain(Iterator<Object> it) {
  while (it.moveNext()) {}
}

void main() async {
  show('sync* function', () => drain(countdown(2).iterator));
  show('sync* before its first yield', () => drain(early().iterator));
  show('sync* method', () => drain(Sequence().items().iterator));
  Iterable<int> local(int n) sync* {
    yield n;
    throw StateError('local');
  }

  show('sync* local function', () => drain(local(1).iterator));
  var closure = (int n) sync* {
    yield n;
    throw StateError('closure');
  };
  show('sync* closure', () => drain(closure(1).iterator));
  try {
    await fetch(1);
  } catch (e, st) {
    printFrames('async after an await', st, 1);
  }
  try {
    await eager(1);
  } catch (e, st) {
    printFrames('async before its first await', st, 1);
  }
}
