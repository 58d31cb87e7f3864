// Towers-like list code after two optimizations (issue 10, branch towers4): callees whose cost
// is mostly throw paths are inlined (codegen/src/cold_path_inlining.cpp), so their throws now
// happen inside the caller; and class-id loads are an alias class of their own
// (Module::tagClassId), so a list's class-id test may be reused across a field store. The
// throws must still come after exactly the side effects before them, and a list field that
// changes between a constant and a growable list must be tested again after each load.
//
// Expectations derived by hand from Dart semantics: a StateError prints as
// "Bad state: <message>"; reading index 0 of `const []` throws a RangeError (an IndexError); a
// store into a constant list throws an UnsupportedError; each line is computed in the comments.
class Disk {
  final int size;
  Disk? next;
  Disk(this.size);
}

class Piles {
  List<Disk?> piles = const [];
  int moves = 0;

  void push(Disk disk, int pile) {
    final top = piles[pile];
    if (top != null && disk.size >= top.size) {
      throw StateError('big on small');
    }
    disk.next = top;
    piles[pile] = disk;
  }

  Disk pop(int pile) {
    final top = piles[pile];
    if (top == null) throw StateError('empty pile $pile');
    piles[pile] = top.next;
    top.next = null;
    return top;
  }

  void move(int from, int to) {
    push(pop(from), to);
    moves++;
  }

  String pile(int i) {
    final sizes = <int>[];
    for (Disk? d = piles[i]; d != null; d = d.next) {
      sizes.add(d.size);
    }
    return '$i: ${sizes.join(' ')}';
  }
}

void main() {
  final p = Piles();
  p.piles = List<Disk?>.filled(3, null);
  p.push(Disk(3), 0);
  p.push(Disk(2), 0);
  p.push(Disk(1), 0);
  p.move(0, 1); // 1 to pile 1
  p.move(0, 2); // 2 to pile 2
  p.move(1, 2); // 1 onto 2
  print('${p.pile(0)} | ${p.pile(1)} | ${p.pile(2)} | ${p.moves}'); // 0: 3 | 1:  | 2: 1 2 | 3
  try {
    p.move(0, 2); // 3 is popped, then cannot go onto 1
  } on StateError catch (e) {
    print(e); // Bad state: big on small
  }
  print('${p.pile(0)} | ${p.pile(2)} | ${p.moves}'); // 0:  | 2: 1 2 | 3 (disk 3 is gone)
  try {
    p.move(0, 1);
  } on StateError catch (e) {
    print(e); // Bad state: empty pile 0
  }

  // A field that is a constant list, then a growable one, then a constant one again.
  final q = Piles();
  try {
    q.push(Disk(1), 0);
  } on RangeError {
    print('RangeError'); // const []: no index 0
  }
  final d = Disk(4)..next = Disk(7);
  q.piles = const <Disk?>[null, null];
  try {
    q.push(d, 1); // the read gives null, `d.next = null` happens, the store throws
  } on UnsupportedError {
    print('UnsupportedError ${d.next == null}'); // UnsupportedError true
  }
  q.piles = List<Disk?>.filled(2, null);
  q.push(d, 1);
  q.push(Disk(2), 1);
  print(q.pile(1)); // 1: 2 4
  final kept = q.piles;
  q.piles = const <Disk?>[null, null];
  try {
    q.move(0, 1); // pile 0 of the constant list is empty
  } on StateError catch (e) {
    print(e); // Bad state: empty pile 0
  }
  q.piles = kept;
  q.move(1, 0);
  print('${q.pile(0)} | ${q.pile(1)} | ${q.moves}'); // 0: 2 | 1: 4 | 1
}
