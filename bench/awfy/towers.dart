// Are We Fast Yet: Towers. The towers of Hanoi with 13 disks kept as linked stacks; counts the
// moves (8191 per call).
import 'harness.dart';

class TowersDisk {
  final int size;
  TowersDisk? next;

  TowersDisk(this.size);
}

class Towers extends Benchmark {
  List<TowersDisk?> piles = const [];
  int movesDone = 0;

  @override
  int benchmark() {
    piles = List<TowersDisk?>.filled(3, null);
    buildTowerAt(0, 13);
    movesDone = 0;
    moveDisks(13, 0, 1);
    return movesDone;
  }

  void pushDisk(TowersDisk disk, int pile) {
    final top = piles[pile];
    if (top != null && disk.size >= top.size) {
      throw StateError('Cannot put a big disk on a smaller one');
    }
    disk.next = top;
    piles[pile] = disk;
  }

  TowersDisk popDiskFrom(int pile) {
    final top = piles[pile];
    if (top == null) {
      throw StateError('Attempting to remove a disk from an empty pile');
    }
    piles[pile] = top.next;
    top.next = null;
    return top;
  }

  void moveTopDisk(int fromPile, int toPile) {
    pushDisk(popDiskFrom(fromPile), toPile);
    movesDone++;
  }

  void buildTowerAt(int pile, int disks) {
    for (var i = disks; i >= 0; i--) {
      pushDisk(TowersDisk(i), pile);
    }
  }

  void moveDisks(int disks, int fromPile, int toPile) {
    if (disks == 1) {
      moveTopDisk(fromPile, toPile);
    } else {
      final otherPile = (3 - fromPile) - toPile;
      moveDisks(disks - 1, fromPile, otherPile);
      moveTopDisk(fromPile, toPile);
      moveDisks(disks - 1, otherPile, toPile);
    }
  }
}

void main(List<String> args) => runBenchmark(args, Towers.new);
