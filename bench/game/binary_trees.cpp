// binary-trees in C++ with plain new/delete, the baseline for bench/game/binary_trees.dart:
// the same trees, the same order of allocation and the same output (Benchmarks Game format).
//   g++ -O2 -std=c++20 binary_trees.cpp -o binary_trees_cpp && ./binary_trees_cpp 16
#include <cstdio>
#include <cstdlib>

namespace {

struct Node {
  Node* left;
  Node* right;
};

Node* bottomUpTree(int depth) {
  if (depth <= 0) return new Node{nullptr, nullptr};
  // Left first, as in the Dart program (argument evaluation order is unspecified in C++).
  Node* left = bottomUpTree(depth - 1);
  Node* right = bottomUpTree(depth - 1);
  return new Node{left, right};
}

long check(const Node* node) {
  if (!node->left) return 1;
  return 1 + check(node->left) + check(node->right);
}

void destroy(Node* node) {
  if (node->left) {
    destroy(node->left);
    destroy(node->right);
  }
  delete node;
}

}  // namespace

int main(int argc, char** argv) {
  const int minDepth = 4;
  int n = argc > 1 ? std::atoi(argv[1]) : 6;
  int maxDepth = n < minDepth + 2 ? minDepth + 2 : n;
  int stretchDepth = maxDepth + 1;

  Node* stretch = bottomUpTree(stretchDepth);
  std::printf("stretch tree of depth %d\t check: %ld\n", stretchDepth, check(stretch));
  destroy(stretch);

  Node* longLived = bottomUpTree(maxDepth);
  for (int depth = minDepth; depth <= maxDepth; depth += 2) {
    long iterations = 1L << (maxDepth - depth + minDepth);
    long sum = 0;
    for (long i = 1; i <= iterations; i++) {
      Node* tree = bottomUpTree(depth);
      sum += check(tree);
      destroy(tree);
    }
    std::printf("%ld\t trees of depth %d\t check: %ld\n", iterations, depth, sum);
  }
  std::printf("long lived tree of depth %d\t check: %ld\n", maxDepth, check(longLived));
  destroy(longLived);
  return 0;
}
