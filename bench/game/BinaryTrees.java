// binary-trees in Java (see binary_trees.dart): the same trees, order and output.

public final class BinaryTrees {
  static final class TreeNode {
    final TreeNode left;
    final TreeNode right;

    TreeNode(TreeNode left, TreeNode right) {
      this.left = left;
      this.right = right;
    }

    int check() {
      if (left == null || right == null) {
        return 1;
      }
      return 1 + left.check() + right.check();
    }
  }

  static TreeNode bottomUpTree(int depth) {
    return depth > 0 ? new TreeNode(bottomUpTree(depth - 1), bottomUpTree(depth - 1)) : new TreeNode(null, null);
  }

  public static void main(String[] args) {
    final int minDepth = 4;
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 6;
    int maxDepth = n < minDepth + 2 ? minDepth + 2 : n;
    int stretchDepth = maxDepth + 1;
    StringBuilder out = new StringBuilder();
    out.append("stretch tree of depth " + stretchDepth + "\t check: " + bottomUpTree(stretchDepth).check() + "\n");

    TreeNode longLivedTree = bottomUpTree(maxDepth);
    for (int depth = minDepth; depth <= maxDepth; depth += 2) {
      int iterations = 1 << (maxDepth - depth + minDepth);
      int check = 0;
      for (int i = 1; i <= iterations; i++) {
        check += bottomUpTree(depth).check();
      }
      out.append(iterations + "\t trees of depth " + depth + "\t check: " + check + "\n");
    }
    out.append("long lived tree of depth " + maxDepth + "\t check: " + longLivedTree.check() + "\n");
    System.out.print(out);
  }
}
