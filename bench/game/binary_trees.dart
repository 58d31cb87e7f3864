// The Computer Language Benchmarks Game's binary-trees: allocate and check complete binary trees
// of depth 4, 6, ..., maxDepth (2^(maxDepth - depth + 4) trees each), after a "stretch" tree of
// depth maxDepth + 1 and while one long-lived tree of depth maxDepth stays alive. The check of a
// tree is its node count, 2^(depth+1) - 1. Same output as the Benchmarks Game programs.
//   binary_trees [maxDepth]     (default 6; the benchmark uses 16 or 21)

class TreeNode {
  final TreeNode? left;
  final TreeNode? right;
  TreeNode(this.left, this.right);

  int check() {
    TreeNode? l = left;
    TreeNode? r = right;
    if (l == null || r == null) return 1;
    return 1 + l.check() + r.check();
  }
}

TreeNode bottomUpTree(int depth) =>
    depth > 0 ? TreeNode(bottomUpTree(depth - 1), bottomUpTree(depth - 1)) : TreeNode(null, null);

void main(List<String> args) {
  const int minDepth = 4;
  int n = args.isNotEmpty ? int.parse(args[0]) : 6;
  int maxDepth = n < minDepth + 2 ? minDepth + 2 : n;
  int stretchDepth = maxDepth + 1;
  print('stretch tree of depth $stretchDepth\t check: ${bottomUpTree(stretchDepth).check()}');

  TreeNode longLivedTree = bottomUpTree(maxDepth);
  for (int depth = minDepth; depth <= maxDepth; depth += 2) {
    int iterations = 1 << (maxDepth - depth + minDepth);
    int check = 0;
    for (int i = 1; i <= iterations; i++) {
      check += bottomUpTree(depth).check();
    }
    print('$iterations\t trees of depth $depth\t check: $check');
  }
  print('long lived tree of depth $maxDepth\t check: ${longLivedTree.check()}');
}
