// A nested function's own locals and parameters are promoted like any local, even when the
// function writes them: flow analysis only refuses to promote a variable that a closure *other
// than its declaring function* writes (captured and written). Each use below compiles only with
// the promotion; the error golden errors/closure_written_not_promoted keeps the captured case
// rejected, also when the closure declares another variable of the same name.
Object? compute(int x) => x.isEven ? 'even$x' : x;

void main() {
  [1, 2].forEach((x) {
    Object? v;
    v = compute(x);
    if (v is String) print('string of ${v.length}');
    if (v is int) print('int ${v.isOdd}');
  });
  var describe = (Object? p) {
    p = p ?? 'default';
    if (p is String) return p.toUpperCase();
    return '$p';
  };
  print(describe(null));
  print(describe(7));
  String outer(int n) {
    num total = 0;
    for (var i = 0; i < n; i++) {
      total = total + i;
    }
    if (total is int) return 'int ${total.isEven}';
    return 'num';
  }

  print(outer(4));
}
