// Each run of `pull` pulls from the next run's iterator inside its own body: native recursion
// resume -> moveNext (inlined) -> resume -> ..., with no call that type-flow analysis sees as a
// cycle (the resumption is `_resumeCoroutine`). The recursion analysis treats a resumption as an
// unknown call, so moveNext keeps its stack check, and so does its copy inlined into the
// resume function: the program catches a StackOverflowError instead of crashing with SIGSEGV.
// (Not a golden: every level allocates, and gc-stress would collect some 400,000 times.)
Iterable<int> pull(int n) sync* {
  final Iterator<int> next = pull(n + 1).iterator;
  if (next.moveNext()) yield next.current + 1;
}

void main() {
  try {
    for (final int x in pull(0)) print(x);
  } on StackOverflowError catch (e) {
    print('caught: $e');
  }
}
