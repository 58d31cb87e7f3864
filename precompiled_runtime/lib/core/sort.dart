part of dart.core;

// List.sort: the same algorithm as the Dart SDK (sdk/lib/internal/sort.dart), so that elements
// that compare equal end up in the same order as on the Dart VM: insertion sort for ranges of at
// most 33 elements (right - left <= 32), otherwise Yaroslavskiy's dual-pivot quicksort with the
// pivots chosen by a 5-element sorting network, a three-way partition when the pivots are equal,
// and the extra pass that moves pivot-equal elements out of a large middle partition. The order
// of comparisons and moves below matches the SDK's step for step (the observable part of an
// unstable sort); the code itself is dartc's.
//
// Every list is sorted on a fixed-length array (_List): growable lists sort their backing array,
// other lists (ListMixin) a copy that is written back. The comparisons are the same either way.
abstract final class _Sort {
  static const int _insertionSortThreshold = 32;

  static void sort<E>(_List<E> a, int length, int compare(E a, E b)) {
    _doSort<E>(a, 0, length - 1, compare);
  }

  // Sorts a[left..right], both inclusive.
  static void _doSort<E>(_List<E> a, int left, int right, int compare(E a, E b)) {
    if (right - left <= _insertionSortThreshold) {
      _insertionSort<E>(a, left, right, compare);
    } else {
      _dualPivotQuicksort<E>(a, left, right, compare);
    }
  }

  static void _insertionSort<E>(_List<E> a, int left, int right, int compare(E a, E b)) {
    if (left >= 0 && right < a.length) {
      // Every index below is in [left, right] (j - 1 >= left by the loop's test), so within the
      // array whatever the comparator answers; the array's length never changes (a _List). The
      // reads and writes are the same, in the same order, as in the checked loop below.
      for (int i = left + 1; i <= right; i++) {
        E element = a._getUnchecked(i);
        int j = i;
        while (j > left && compare(a._getUnchecked(j - 1), element) > 0) {
          a._setUnchecked(j, a._getUnchecked(j - 1));
          j--;
        }
        a._setUnchecked(j, element);
      }
      return;
    }
    // A range outside the array (only from an inconsistent comparator's partition): the checked
    // accesses throw the RangeError where the SDK's would.
    for (int i = left + 1; i <= right; i++) {
      E element = a[i];
      int j = i;
      while (j > left && compare(a[j - 1], element) > 0) {
        a[j] = a[j - 1];
        j--;
      }
      a[j] = element;
    }
  }

  static void _dualPivotQuicksort<E>(_List<E> a, int left, int right, int compare(E a, E b)) {
    // Five sample positions, evenly spread around the middle.
    int sixth = (right - left + 1) ~/ 6;
    int i1 = left + sixth;
    int i5 = right - sixth;
    int i3 = (left + right) ~/ 2;
    int i2 = i3 - sixth;
    int i4 = i3 + sixth;

    E s1 = a[i1];
    E s2 = a[i2];
    E s3 = a[i3];
    E s4 = a[i4];
    E s5 = a[i5];

    // Sorting network over the samples (nine compare-exchanges, in this order).
    E t;
    if (compare(s1, s2) > 0) { t = s1; s1 = s2; s2 = t; }
    if (compare(s4, s5) > 0) { t = s4; s4 = s5; s5 = t; }
    if (compare(s1, s3) > 0) { t = s1; s1 = s3; s3 = t; }
    if (compare(s2, s3) > 0) { t = s2; s2 = s3; s3 = t; }
    if (compare(s1, s4) > 0) { t = s1; s1 = s4; s4 = t; }
    if (compare(s3, s4) > 0) { t = s3; s3 = s4; s4 = t; }
    if (compare(s2, s5) > 0) { t = s2; s2 = s5; s5 = t; }
    if (compare(s2, s3) > 0) { t = s2; s2 = s3; s3 = t; }
    if (compare(s4, s5) > 0) { t = s4; s4 = s5; s5 = t; }

    E pivot1 = s2;
    E pivot2 = s4;

    // The samples other than the pivots go back to their slots; the pivots' slots take the
    // range's end elements, and a[left], a[right] become scratch until the end.
    a[i1] = s1;
    a[i3] = s3;
    a[i5] = s5;
    a[i2] = a[left];
    a[i4] = a[right];

    int less = left + 1;
    int great = right - 1;

    bool pivotsEqual = compare(pivot1, pivot2) == 0;
    if (pivotsEqual) {
      // Three-way partition around one pivot: ]left, less[ < p, [less, k[ == p, ]great, right[ > p.
      E pivot = pivot1;
      for (int k = less; k <= great; k++) {
        E ak = a[k];
        int c = compare(ak, pivot);
        if (c == 0) continue;
        if (c < 0) {
          if (k != less) {
            a[k] = a[less];
            a[less] = ak;
          }
          less++;
        } else {
          while (true) {
            c = compare(a[great], pivot);
            if (c > 0) {
              great--;
              continue;
            }
            if (c < 0) {
              a[k] = a[less];
              a[less] = a[great];
              less++;
              a[great] = ak;
              great--;
            } else {
              a[k] = a[great];
              a[great] = ak;
              great--;
            }
            break;
          }
        }
      }
    } else if (left >= 0 && right < a.length) {
      // The same loop as below without bounds checks: whatever the comparator answers,
      // left < less <= k <= great < right at every access (less only grows with k, and the inner
      // loop stops before great passes k), so every index is within the array.
      for (int k = less; k <= great; k++) {
        E ak = a._getUnchecked(k);
        if (compare(ak, pivot1) < 0) {
          if (k != less) {
            a._setUnchecked(k, a._getUnchecked(less));
            a._setUnchecked(less, ak);
          }
          less++;
        } else if (compare(ak, pivot2) > 0) {
          while (true) {
            if (compare(a._getUnchecked(great), pivot2) > 0) {
              great--;
              if (great < k) break;
              continue;
            }
            if (compare(a._getUnchecked(great), pivot1) < 0) {
              a._setUnchecked(k, a._getUnchecked(less));
              a._setUnchecked(less, a._getUnchecked(great));
              less++;
              a._setUnchecked(great, ak);
              great--;
            } else {
              a._setUnchecked(k, a._getUnchecked(great));
              a._setUnchecked(great, ak);
              great--;
            }
            break;
          }
        }
      }
    } else {
      // ]left, less[ < pivot1, [less, k[ in [pivot1, pivot2], ]great, right[ > pivot2.
      for (int k = less; k <= great; k++) {
        E ak = a[k];
        if (compare(ak, pivot1) < 0) {
          if (k != less) {
            a[k] = a[less];
            a[less] = ak;
          }
          less++;
        } else if (compare(ak, pivot2) > 0) {
          while (true) {
            if (compare(a[great], pivot2) > 0) {
              great--;
              if (great < k) break;
              continue;
            }
            if (compare(a[great], pivot1) < 0) {
              a[k] = a[less];
              a[less] = a[great];
              less++;
              a[great] = ak;
              great--;
            } else {
              a[k] = a[great];
              a[great] = ak;
              great--;
            }
            break;
          }
        }
      }
    }

    // Put the pivots in their final places, using the scratch slots at both ends.
    a[left] = a[less - 1];
    a[less - 1] = pivot1;
    a[right] = a[great + 1];
    a[great + 1] = pivot2;

    _doSort<E>(a, left, less - 2, compare);
    _doSort<E>(a, great + 2, right, compare);

    if (pivotsEqual) return;

    if (less < i1 && great > i5) {
      // The middle part is large: first move the elements equal to a pivot to its ends.
      while (compare(a[less], pivot1) == 0) {
        less++;
      }
      while (compare(a[great], pivot2) == 0) {
        great--;
      }
      for (int k = less; k <= great; k++) {
        E ak = a[k];
        if (compare(ak, pivot1) == 0) {
          if (k != less) {
            a[k] = a[less];
            a[less] = ak;
          }
          less++;
        } else if (compare(ak, pivot2) == 0) {
          while (true) {
            if (compare(a[great], pivot2) == 0) {
              great--;
              if (great < k) break;
              continue;
            }
            if (compare(a[great], pivot1) < 0) {
              a[k] = a[less];
              a[less] = a[great];
              less++;
              a[great] = ak;
              great--;
            } else {
              a[k] = a[great];
              a[great] = ak;
              great--;
            }
            break;
          }
        }
      }
    }
    _doSort<E>(a, less, great, compare);
  }
}

/// The default order of List.sort: Comparable.compare, with the common cases inline.
int _compareAny(Object? a, Object? b) {
  if (a is int && b is int) return a < b ? -1 : (a > b ? 1 : 0);
  if (a is String && b is String) return a.compareTo(b);
  return (a as Comparable).compareTo(b);
}
