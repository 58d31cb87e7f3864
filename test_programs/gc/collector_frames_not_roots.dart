// The collector's own stack frames are not conservative roots.
//
// What it shows: the first object the program allocates, which sits at the start of the heap's
// first block, is the head of a queue; every round removes the head and appends a new node with
// an 800-byte payload. A removed node still points to its successor, so if the first node were
// kept alive, every node removed after it (and its payload) would stay too: about 3000 rounds of
// 864 bytes against the 1 MiB limit (collector_frames_not_roots.env). Such a keep-alive existed:
// the conservative scan started at the scanning function's own frame, and the runtime's frames
// below the entry into the heap (the allocation slow path, marking, verification) held dead
// locals with block starts in them. Under DARTC_GC_STRESS=1 (the gc-stress variant) the program
// ran out of memory after about 150 collections; the scan now starts at the bound the entry
// into the heap records (stack_bound.h).
//
// Expectations derived by hand: the node removed in round r has value r (nodes 0..3 are built
// first; the node appended in round r has value r + 4), so after 3000 rounds the head is 3000
// and the tail 3003. The payload of nodes 0..3 is filled with their value and that of the node
// appended in round r with r, so round r < 4 reads r and round r >= 4 reads r - 4:
// 0 + 1 + 2 + 3 + (0 + ... + 2995) = 6 + 2995 * 2996 / 2 = 4486516.

class Node {
  final int value;
  Node? next;
  List<int>? payload;
  Node(this.value);
}

// The queue is reached through this holder, and built and churned in functions of their own, so
// that no live frame of the program itself holds an early node (at -O0 every local keeps its
// stack slot, and a dead one pointing to node 3 would keep the chain as well).
class Queue {
  Node head;
  Node tail;
  Queue(this.head, this.tail);
}

Queue build() {
  Node head = Node(0);
  head.payload = List<int>.filled(100, 0);
  Node tail = head;
  for (int i = 1; i < 4; i++) {
    Node n = Node(i);
    n.payload = List<int>.filled(100, i);
    tail.next = n;
    tail = n;
  }
  return Queue(head, tail);
}

int churn(Queue q) {
  int sum = 0;
  for (int round = 0; round < 3000; round++) {
    Node old = q.head;
    q.head = old.next!;
    Node moved = Node(old.value + 4);
    moved.payload = List<int>.filled(100, round);
    q.tail.next = moved;
    q.tail = moved;
    sum += old.payload![0];
  }
  return sum;
}

void main() {
  Queue q = build();
  int sum = churn(q);
  print('sum $sum, head ${q.head.value}, tail ${q.tail.value}');
}
