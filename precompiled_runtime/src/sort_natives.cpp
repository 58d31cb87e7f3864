// List.sort() of small ints (dartrt_sort_smis): the common case of sorting without a comparator,
// done without a closure call per comparison. Ints have one sorted order whatever the algorithm
// (equal ints are indistinguishable), so the result is the one the library's dual-pivot
// quicksort gives. An introsort: quicksort with a median of three, insertion sort for short
// ranges, heapsort when the recursion gets too deep (O(n log n) on any input).
#include "runtime.h"

namespace dartrt {

namespace {

// Words compare as signed 64-bit integers: a Smi is (n << 1) | 1, so Smis order like their values.
void insertion_sort(int64_t* a, int64_t n) {
  for (int64_t i = 1; i < n; ++i) {
    int64_t x = a[i];
    int64_t j = i;
    while (j > 0 && a[j - 1] > x) {
      a[j] = a[j - 1];
      --j;
    }
    a[j] = x;
  }
}

void sift_down(int64_t* a, int64_t root, int64_t n) {
  int64_t x = a[root];
  for (;;) {
    int64_t child = 2 * root + 1;
    if (child >= n) break;
    if (child + 1 < n && a[child + 1] > a[child]) ++child;
    if (a[child] <= x) break;
    a[root] = a[child];
    root = child;
  }
  a[root] = x;
}

void heap_sort(int64_t* a, int64_t n) {
  for (int64_t i = n / 2; i-- > 0;) sift_down(a, i, n);
  for (int64_t end = n - 1; end > 0; --end) {
    int64_t t = a[0];
    a[0] = a[end];
    a[end] = t;
    sift_down(a, 0, end);
  }
}

void intro_sort(int64_t* a, int64_t n, int depth) {
  while (n > 24) {
    if (depth-- == 0) {
      heap_sort(a, n);
      return;
    }
    // Median of three as the pivot, then Hoare partitioning.
    int64_t x = a[0], y = a[n / 2], z = a[n - 1];
    int64_t pivot = x < y ? (y < z ? y : (x < z ? z : x)) : (x < z ? x : (y < z ? z : y));
    int64_t i = -1, j = n;
    for (;;) {
      do ++i; while (a[i] < pivot);
      do --j; while (a[j] > pivot);
      if (i >= j) break;
      int64_t t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
    // [0, j] <= pivot <= [j + 1, n): recurse into the smaller part, loop on the larger.
    int64_t left = j + 1, right = n - left;
    if (left < right) {
      intro_sort(a, left, depth);
      a += left;
      n = right;
    } else {
      intro_sort(a + left, right, depth);
      n = left;
    }
  }
  insertion_sort(a, n);
}

}  // namespace

}  // namespace dartrt

// Moves only Smis, which are no pointers: no write barrier is needed.
extern "C" int64_t dartrt_sort_smis(dart_word array, int64_t length) {
  dart_word* data = dart_array_data(reinterpret_cast<DartArray*>(array));
  for (int64_t i = 0; i < length; ++i) {
    if (!(data[i] & DART_SMI_TAG)) return 0;
  }
  int depth = 0;
  for (int64_t n = length; n > 1; n >>= 1) depth += 2;
  dartrt::intro_sort(reinterpret_cast<int64_t*>(data), length, depth);
  return 1;
}
