// Throw paths do not count against inlining (codegen/src/cold_path_inlining.cpp, issue 10):
// push and pop are a few loads and stores each, but with their `throw StateError(...)` (an
// allocation, a constructor call, the throw), the list's bounds checks and their stack checks
// LLVM's inliner found them too costly, and every call in the loop kept a prologue, an
// epilogue and a stack check.
class Stack {
  final List<int> items = List<int>.filled(4, 0);
  int size = 0;

  void push(int v) {
    if (size == items.length) throw StateError('full');
    items[size++] = v;
  }

  int pop() {
    if (size == 0) throw StateError('empty');
    return items[--size];
  }
}

@pragma('vm:never-inline')
int shuffle(Stack s, int n) {
  var sum = 0;
  for (var i = 0; i < n; i++) {
    s.push(i);
    s.push(i * 3);
    sum += s.pop() - s.pop();
  }
  return sum;
}

void main(List<String> args) {
  final s = Stack();
  print(shuffle(s, 10 + args.length)); // sum of (3i - i) for i < 10: 90
  s.push(1);
  s.push(2);
  s.push(3);
  s.push(4);
  try {
    s.push(5);
  } on StateError catch (e) {
    print(e.message); // full
  }
  for (var i = 0; i < 4; i++) {
    s.pop();
  }
  try {
    s.pop();
  } on StateError catch (e) {
    print(e.message); // empty
  }
}
