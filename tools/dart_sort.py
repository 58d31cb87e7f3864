#!/usr/bin/env python3
"""The Dart SDK's List.sort algorithm (sdk/lib/internal/sort.dart), transcribed to Python to
compute the expected order of equal elements in test_programs/core/sorting.dart independently
of dartc: insertion sort for ranges with right - left <= 32, else dual-pivot quicksort with five
sampled elements sorted by a fixed network, three-way partitioning, and an extra pass moving
pivot-equal elements out of a large middle part.

Usage: tools/dart_sort.py   prints the lines test_programs/core/sorting.dart prints for its
                            stability checks."""


def do_sort(a, left, right, compare):
    if right - left <= 32:
        insertion_sort(a, left, right, compare)
    else:
        dual_pivot_quicksort(a, left, right, compare)


def insertion_sort(a, left, right, compare):
    for i in range(left + 1, right + 1):
        el = a[i]
        j = i
        while j > left and compare(a[j - 1], el) > 0:
            a[j] = a[j - 1]
            j -= 1
        a[j] = el


def dual_pivot_quicksort(a, left, right, compare):
    sixth = (right - left + 1) // 6
    index1 = left + sixth
    index5 = right - sixth
    index3 = (left + right) // 2
    index2 = index3 - sixth
    index4 = index3 + sixth
    el = [a[index1], a[index2], a[index3], a[index4], a[index5]]
    for x, y in ((0, 1), (3, 4), (0, 2), (1, 2), (0, 3), (2, 3), (1, 4), (1, 2), (3, 4)):
        if compare(el[x], el[y]) > 0:
            el[x], el[y] = el[y], el[x]
    pivot1, pivot2 = el[1], el[3]
    a[index1] = el[0]
    a[index3] = el[2]
    a[index5] = el[4]
    a[index2] = a[left]
    a[index4] = a[right]
    less = left + 1
    great = right - 1
    pivots_are_equal = compare(pivot1, pivot2) == 0
    if pivots_are_equal:
        pivot = pivot1
        k = less
        while k <= great:
            ak = a[k]
            comp = compare(ak, pivot)
            if comp == 0:
                k += 1
                continue
            if comp < 0:
                if k != less:
                    a[k] = a[less]
                    a[less] = ak
                less += 1
            else:
                while True:
                    comp = compare(a[great], pivot)
                    if comp > 0:
                        great -= 1
                        continue
                    elif comp < 0:
                        a[k] = a[less]
                        a[less] = a[great]
                        less += 1
                        a[great] = ak
                        great -= 1
                        break
                    else:
                        a[k] = a[great]
                        a[great] = ak
                        great -= 1
                        break
            k += 1
    else:
        k = less
        while k <= great:
            ak = a[k]
            if compare(ak, pivot1) < 0:
                if k != less:
                    a[k] = a[less]
                    a[less] = ak
                less += 1
            elif compare(ak, pivot2) > 0:
                while True:
                    if compare(a[great], pivot2) > 0:
                        great -= 1
                        if great < k:
                            break
                        continue
                    if compare(a[great], pivot1) < 0:
                        a[k] = a[less]
                        a[less] = a[great]
                        less += 1
                        a[great] = ak
                        great -= 1
                    else:
                        a[k] = a[great]
                        a[great] = ak
                        great -= 1
                    break
            k += 1
    a[left] = a[less - 1]
    a[less - 1] = pivot1
    a[right] = a[great + 1]
    a[great + 1] = pivot2
    do_sort(a, left, less - 2, compare)
    do_sort(a, great + 2, right, compare)
    if pivots_are_equal:
        return
    if less < index1 and great > index5:
        while compare(a[less], pivot1) == 0:
            less += 1
        while compare(a[great], pivot2) == 0:
            great -= 1
        k = less
        while k <= great:
            ak = a[k]
            if compare(ak, pivot1) == 0:
                if k != less:
                    a[k] = a[less]
                    a[less] = ak
                less += 1
            elif compare(ak, pivot2) == 0:
                while True:
                    if compare(a[great], pivot2) == 0:
                        great -= 1
                        if great < k:
                            break
                        continue
                    if compare(a[great], pivot1) < 0:
                        a[k] = a[less]
                        a[less] = a[great]
                        less += 1
                        a[great] = ak
                        great -= 1
                    else:
                        a[k] = a[great]
                        a[great] = ak
                        great -= 1
                    break
            k += 1
    do_sort(a, less, great, compare)


def sort(a, compare):
    do_sort(a, 0, len(a) - 1, compare)


def by_key(x, y):
    return (x[0] > y[0]) - (x[0] < y[0])


def records(n, modulus, multiplier):
    # The records of sorting.dart: (key, id) with key = id * multiplier % modulus.
    return [(i * multiplier % modulus, i) for i in range(n)]


def show(a):
    return ' '.join('%d:%d' % r for r in a)


def main():
    for n, modulus, multiplier in ((20, 4, 7), (100, 5, 13), (300, 7, 31), (1000, 3, 17)):
        a = records(n, modulus, multiplier)
        sort(a, by_key)
        print('n=%d mod=%d: %s' % (n, modulus, show(a[:40])))
        print('  ids at the end: %s' % ' '.join(str(r[1]) for r in a[-10:]))


if __name__ == '__main__':
    main()
