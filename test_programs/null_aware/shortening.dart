// Expected output derived by hand from the null safety feature specification (dart-lang/language,
// accepted/2.12/nnbd, "Null-shorting"): when the receiver of `?.` (or `?[`) is null, the rest of
// the selector chain (`.m()`, `.x`, `[i]`, `(args)`, `!`) is skipped and the whole chain is null;
// parentheses end the chain. The skipped selectors and their arguments are not evaluated.
String? id(String? s) => s;

int arg(int v) {
  print('arg $v');
  return v;
}

class Node {
  final int value;
  final Node? next;
  Node(this.value, [this.next]);
  int add(int x) => value + x;
  int Function(int) get adder => (x) => value + x;
}

void main() {
  List<int>? l = [1, 2];
  print(l?.map((x) => x * 2).toList());
  List<int>? none = id(null) == null ? null : [3];
  print(none?.map((x) => x * 2).toList());
  print(id(null)?.length.isEven);
  print(id('ab')?.length.isEven);
  print(id(null)?.length.toString().length);
  print(id('abc')?.substring(1).toUpperCase());
  print((id(null)?.length)?.isEven);
  print((id('a')?.length)!.isOdd);
  print(id(null)?.length.compareTo(arg(1)));
  print(id('xy')?.length.compareTo(arg(1)));
  var n = Node(1, Node(2));
  print(n.next?.next?.value);
  print(n.next?.add(10));
  print(n.next?.next?.add(arg(3)));
  print(n.next?.adder(5));
  List<List<int>>? grid = id(null) == null ? null : [[1]];
  print(grid?[0][0]);
  grid = [[4, 5]];
  print(grid?[0][1]);
  Node? maybe = id(null) == null ? null : n;
  print(maybe?.next!.value);
  maybe = n;
  print(maybe?.next!.value);
  print(maybe?.value.toString() ?? 'none');
  maybe = null;
  print(maybe?.value.toString() ?? 'none');
}
