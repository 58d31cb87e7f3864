// A long-lived structure (a 65535-node tree, about 2 MB) kept alive while about 200 MB of
// short-lived trees come and go: the shape generational collection is for. The checks come from
// the tree sizes: a tree of depth d has 2^(d+1) - 1 nodes, so 3000 trees of depth 10 count
// 3000 * 2047 = 6141000, and the long-lived tree of depth 15 counts 65535.
class Node {
  final Node? left;
  final Node? right;
  Node(this.left, this.right);
  int count() => 1 + (left?.count() ?? 0) + (right?.count() ?? 0);
}

Node tree(int depth) => depth == 0 ? Node(null, null) : Node(tree(depth - 1), tree(depth - 1));

void main() {
  Node longLived = tree(15);
  int check = 0;
  for (int i = 0; i < 3000; i++) {
    check += tree(10).count();
  }
  print('short-lived: $check');
  print('long-lived: ${longLived.count()}');
}
