// Running out of memory under a heap limit (out_of_memory.env: DARTC_HEAP_LIMIT=16m) ends the
// program with the Dart VM's report and exit code 255, like an uncaught error.
//
// What it shows: every 800 KB chunk stays reachable, so no collection can free it; the limit is
// reached after about 20 chunks, far before the loop's end, and nothing after it runs.
// Expectations derived by hand from the VM's behaviour on heap exhaustion (the VM prints
// "Exhausted heap space, trying to allocate N bytes." and then reports the uncaught
// OutOfMemoryError, whose toString is "Out of Memory" — sdk/lib/core/errors.dart — and exits
// with 255); N is not checked because it depends on the object layout. Lines printed before the
// failure are on stdout.

void main() {
  List<List<int>> chunks = [];
  print('allocating');
  for (int i = 0; i < 1000; i++) {
    chunks.add(List<int>.filled(100000, i));
    if (i == 3) print('4 chunks live');
  }
  print('not reached: ${chunks.length} chunks');
}
