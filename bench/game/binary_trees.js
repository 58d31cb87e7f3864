// binary-trees in JavaScript (see binary_trees.dart): the same trees, order and output.
'use strict';

class TreeNode {
  constructor(left, right) {
    this.left = left;
    this.right = right;
  }

  check() {
    if (this.left === null || this.right === null) return 1;
    return 1 + this.left.check() + this.right.check();
  }
}

function bottomUpTree(depth) {
  return depth > 0 ? new TreeNode(bottomUpTree(depth - 1), bottomUpTree(depth - 1)) : new TreeNode(null, null);
}

function main() {
  const minDepth = 4;
  const n = process.argv.length > 2 ? parseInt(process.argv[2], 10) : 6;
  const maxDepth = n < minDepth + 2 ? minDepth + 2 : n;
  const stretchDepth = maxDepth + 1;
  console.log(`stretch tree of depth ${stretchDepth}\t check: ${bottomUpTree(stretchDepth).check()}`);

  const longLivedTree = bottomUpTree(maxDepth);
  for (let depth = minDepth; depth <= maxDepth; depth += 2) {
    const iterations = 1 << (maxDepth - depth + minDepth);
    let check = 0;
    for (let i = 1; i <= iterations; i++) {
      check += bottomUpTree(depth).check();
    }
    console.log(`${iterations}\t trees of depth ${depth}\t check: ${check}`);
  }
  console.log(`long lived tree of depth ${maxDepth}\t check: ${longLivedTree.check()}`);
}

main();
