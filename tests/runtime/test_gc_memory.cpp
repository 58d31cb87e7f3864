// The collector's memory-system measures (docs/gc.md): the heap region asks for transparent huge
// pages, and marking traces through a prefetching FIFO, which must still reach everything.
#include <doctest/doctest.h>

#include <stdio.h>
#include <string.h>

#include <string>

#include "fixture.h"
#include "region.h"

using namespace dartrt;

namespace {

// The VmFlags line of the mapping in /proc/self/smaps that contains `address`, or "".
std::string vm_flags_of(uintptr_t address) {
  FILE* f = fopen("/proc/self/smaps", "r");
  if (!f) return "";
  char line[512];
  bool inside = false;
  std::string flags;
  while (fgets(line, sizeof line, f)) {
    unsigned long from = 0, to = 0;
    if (sscanf(line, "%lx-%lx ", &from, &to) == 2 && strchr(line, '-') < strchr(line, ' ')) {
      inside = address >= from && address < to;
    } else if (inside && strncmp(line, "VmFlags:", 8) == 0) {
      flags = line + 8;
      break;
    }
  }
  fclose(f);
  return flags;
}

bool kernel_has_transparent_huge_pages() {
  FILE* f = fopen("/sys/kernel/mm/transparent_hugepage/enabled", "r");
  if (!f) return false;
  fclose(f);
  return true;
}

__attribute__((noinline)) void root_wide_array(int64_t length) {
  DartArray* array = new_array(length);
  test_statics()[0] = word(array);
  for (int64_t i = 0; i < length; ++i) {
    // Each element a node pointing to another node: two levels below a wide fan-out.
    dart_array_data(array)[i] = word(new_node(word(new_node(0, i)), i));
  }
}

__attribute__((noinline)) int64_t sum_wide_array(int64_t length) {
  DartArray* array = reinterpret_cast<DartArray*>(test_statics()[0]);
  int64_t sum = 0;
  for (int64_t i = 0; i < length; ++i) {
    Node* n = reinterpret_cast<Node*>(dart_array_data(array)[i]);
    sum += n->value + reinterpret_cast<Node*>(n->next)->value;
  }
  return sum;
}

}  // namespace

TEST_CASE("the heap region is aligned to huge pages and advised to use them") {
  region_init();
  CHECK(g_region.base % (uintptr_t{2} << 20) == 0);
  // Fresh heap memory then costs one page fault per 2 MiB instead of one per 4 KiB (queens and
  // bounce spent a third of their time in the kernel's page faults). MADV_HUGEPAGE shows as
  // "hg" in the mapping's flags wherever the kernel has transparent huge pages.
  if (kernel_has_transparent_huge_pages()) CHECK(vm_flags_of(g_region.base).find(" hg") != std::string::npos);
}

TEST_CASE("marking through the prefetch queue reaches every object of a wide structure") {
  for (size_t i = 0; i < kStaticsSlots; ++i) test_statics()[i] = 0;
  constexpr int64_t kLength = 100000;
  root_wide_array(kLength);
  scrub_stack();
  heap_collect(test_heap(), true);
  uint64_t marked_before = test_heap()->stats.marked_bytes;
  scrub_stack();
  heap_collect(test_heap(), true);
  // Everything again: the array and its 2 x 100000 nodes of 32 bytes, whatever else is live.
  CHECK(test_heap()->stats.marked_bytes - marked_before >= uint64_t{kLength} * 64 + kLength * 8);
  CHECK(sum_wide_array(kLength) == kLength * (kLength - 1));
  test_statics()[0] = 0;
}
