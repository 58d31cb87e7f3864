// A class id never changes and no store of generated code writes one (Module::tagClassId, issue
// 10, towers): after the field store `disk.next = top`, the store into `piles` reuses the
// class-id test of the read (the field starts as `const []`, so each access tests for the
// growable list first) instead of loading the list's header again.
class Disk {
  final int size;
  Disk? next;
  Disk(this.size);
}

class Piles {
  List<Disk?> piles = const [];

  @pragma('vm:never-inline')
  void push(Disk disk, int pile) {
    final top = piles[pile];
    disk.next = top;
    piles[pile] = disk;
  }
}

void main(List<String> args) {
  final p = Piles();
  p.piles = List<Disk?>.filled(2 + args.length, null);
  for (var i = 0; i < 3; i++) {
    p.push(Disk(i), i % 2);
  }
  var n = 0;
  for (Disk? d = p.piles[0]; d != null; d = d.next) {
    n += d.size + 1;
  }
  print(n); // pile 0 holds disks 2 and 0: 3 + 1 = 4
  try {
    Piles().push(Disk(9), 0); // the constant empty list: index 0 is out of range
  } on RangeError {
    print('RangeError');
  }
}
