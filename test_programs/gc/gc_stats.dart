// DARTC_GC_STATS=1 (gc_stats.env) makes the runtime print one statistics line to stderr at exit:
//   dartc gc: collections=N allocated=B bytes gc_time=T ms max_pause=P ms peak_heap=H bytes
//   live_at_last_gc=L bytes
// (format of heap_print_stats in precompiled_runtime/src/heap.cpp; the numbers vary, so
// gc_stats.stderr checks the fixed parts in order). The program's own output is unaffected:
// it allocates about 40 MB of short-lived lists, enough for at least one collection, and
// prints a sum derived by hand: i mod 7 over i < 100000 is 14285 full cycles of 0..6 (21 each)
// plus 0..4 for i = 99995..99999, so 299985 + 10 = 299995, times 50 elements = 14999750.

void main() {
  int sum = 0;
  for (int i = 0; i < 100000; i++) {
    List<int> tmp = List<int>.filled(50, i % 7);
    for (int v in tmp) {
      sum += v;
    }
  }
  print('sum $sum');
}
