// The binary-trees benchmark (bench/game/binary_trees.dart) at its default maxDepth of 6: the
// same program, imported rather than copied. Expectations computed by hand: a complete tree of
// depth d has 2^(d+1) - 1 nodes, which is its check; the stretch tree has depth 7 (255),
// 2^(6-4+4) = 64 trees of depth 4 give 64 * 31 = 1984, 2^(6-6+4) = 16 trees of depth 6 give
// 16 * 127 = 2032, the long-lived tree of depth 6 has 127 nodes. Every tree becomes garbage right
// after its check, except the long-lived one.
import '../../bench/game/binary_trees.dart' as benchmark;

void main() => benchmark.main(const []);
