// Large linked structures stay intact while far more garbage is allocated around them.
//
// What it shows: a rotating linked list, a complete binary tree whose leaves are replaced by new
// objects, and a map of records whose values are replaced, all reachable only through other heap
// objects (not the stack) across many collections (linked_structures.env sets a 1 MiB heap
// limit, so the collector runs every few hundred KiB of garbage — over a thousand times; under
// DARTC_GC_STRESS=1 it runs at every allocation, about 90,000 times). Old objects point to new
// ones after every round, and every round's garbage includes an 8 KB or 80 KB array that dies
// at once.
//
// Expectations derived by hand: the list holds 0..2399 and rotates by one node per round (head
// removed, a new node with its value appended), so after R = 20000 rounds it starts at R mod
// 2400 = 800, ends at 799 and still sums to 2399 * 2400 / 2 = 2878800; the tree (depth 10,
// items numbered 1..2047 in heap order) keeps its items when leaves are replaced, so it sums to
// 2047 * 2048 / 2 = 2096128 with 0 misplaced children; the map keeps keys 0..249 with values
// [k, 2k, 3k], summing to 6 * (249 * 250 / 2) = 186750; the garbage checksum adds
// round mod 1000 + 1 per round: 20 * (1000 * 1001 / 2) = 10010000.

class Node {
  final int value;
  Node? next;
  Node(this.value);
}

class Tree {
  final int item;
  Tree? left;
  Tree? right;
  Tree(this.item, this.left, this.right);
}

class Record {
  final String name;
  final List<int> values;
  Record(this.name, this.values);
}

// A holder object, so the structures are reached through the heap.
class World {
  Node head;
  Node tail;
  Tree tree;
  final Map<int, Record> records = {};
  World(this.head, this.tail, this.tree);
}

const int listLength = 2400;
const int treeDepth = 10;
const int recordCount = 250;
const int rounds = 20000;

Tree buildTree(int depth, int item) => depth == 0
    ? Tree(item, null, null)
    : Tree(item, buildTree(depth - 1, 2 * item), buildTree(depth - 1, 2 * item + 1));

Record makeRecord(int k) => Record('r$k', [k, 2 * k, 3 * k]);

World build() {
  Node head = Node(0);
  Node tail = head;
  for (int i = 1; i < listLength; i++) {
    Node node = Node(i);
    tail.next = node;
    tail = node;
  }
  World world = World(head, tail, buildTree(treeDepth, 1));
  for (int k = 0; k < recordCount; k++) {
    world.records[k] = makeRecord(k);
  }
  return world;
}

// Replaces leaf number j (0..1023) of the tree by a fresh node with the same item.
void replaceLeaf(Tree root, int j) {
  Tree parent = root;
  for (int level = treeDepth - 1; level > 0; level--) {
    parent = ((j >> level) & 1) == 0 ? parent.left! : parent.right!;
  }
  if ((j & 1) == 0) {
    parent.left = Tree(parent.left!.item, null, null);
  } else {
    parent.right = Tree(parent.right!.item, null, null);
  }
}

int churn(World world) {
  int checksum = 0;
  for (int round = 0; round < rounds; round++) {
    // Alternately a medium (8 KB, in Immix lines) and a large (80 KB, own blocks) array.
    List<int> garbage = List<int>.filled(round.isEven ? 1000 : 10000, round % 1000 + 1);
    checksum += garbage[round % 1000];
    Node old = world.head;
    world.head = old.next!;
    Node moved = Node(old.value);
    world.tail.next = moved;
    world.tail = moved;
    replaceLeaf(world.tree, round % 1024);
    if (round % 10 == 0) {
      int k = (round ~/ 10) % recordCount;
      world.records[k] = makeRecord(k);
    }
  }
  return checksum;
}

void checkTree(Tree t, List<int> totals) {
  totals[0] += 1;
  totals[1] += t.item;
  Tree? l = t.left;
  Tree? r = t.right;
  if (l != null) {
    if (l.item != 2 * t.item) totals[2] += 1;
    checkTree(l, totals);
  }
  if (r != null) {
    if (r.item != 2 * t.item + 1) totals[2] += 1;
    checkTree(r, totals);
  }
}

void main() {
  World world = build();
  print('built');
  int checksum = churn(world);
  print('garbage checksum: $checksum');

  int count = 0;
  int sum = 0;
  for (Node? n = world.head; n != null; n = n.next) {
    count++;
    sum += n.value;
  }
  print('list: $count nodes, sum $sum, first ${world.head.value}, last ${world.tail.value}');

  List<int> totals = [0, 0, 0];
  checkTree(world.tree, totals);
  print('tree: ${totals[0]} nodes, sum ${totals[1]}, misplaced ${totals[2]}');

  int recordSum = 0;
  int badNames = 0;
  world.records.forEach((k, r) {
    for (int v in r.values) {
      recordSum += v;
    }
    if (r.name != 'r$k') badNames++;
  });
  print('records: ${world.records.length}, sum $recordSum, bad names $badNames');
}
