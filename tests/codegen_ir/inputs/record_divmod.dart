// Records returned in registers (docs/records.md): divmod is only called directly and returns a
// fresh record, so it returns its two ints as an LLVM struct, and its callers that destructure,
// read a field or switch over the record allocate nothing.
@pragma('vm:never-inline')
(int, int) divmod(int a, int b) => (a ~/ b, a % b);

@pragma('vm:never-inline')
int sumParts(int n) {
  int total = 0;
  for (int i = 1; i <= n; i++) {
    var (q, r) = divmod(i * 7919, 13);
    total += q - r;
    total += divmod(i, 3).$2;
    switch (divmod(i, 5)) {
      case (var a, var b):
        total += a * b;
    }
  }
  return total;
}

// record_divmod [n]   (default 1000; docs/benchmarks.md measures n = 1000000)
void main(List<String> args) {
  print(sumParts(args.isEmpty ? 1000 : int.parse(args[0])));
}
