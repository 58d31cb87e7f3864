// Value ranges of list and array lengths, given to LLVM as `!range` metadata on their loads
// (length_ranges.cpp, docs/benchmarks.md "Bounded lengths").
#pragma once

namespace llvm {
class Instruction;
class LLVMContext;
}  // namespace llvm

namespace dartc::kernel {
class Field;
}

namespace dartc::codegen {

// Lengths of things that live in memory, with elements of at least one byte, are less than
// 2^57: no address space a target of ours has (x64 with 5-level paging: 57 bits; arm64: 52)
// holds more bytes. An int known to be below it is far inside the Smi range (2^62).
constexpr unsigned kLengthBits = 57;

// The fields that hold such a length: _GrowableList._length (never more than its array's
// length), and the element counts of typed-data views (never more than their store's bytes).
bool isBoundedLengthField(const kernel::Field* field);

// Marks an i64 load of a length with the range [0, 2^57). A bounds check `0 <= i < length`
// then tells LLVM that i, i + 1, i - 1, ... need no overflow test when they are tagged as Smis.
void markBoundedLength(llvm::LLVMContext& context, llvm::Instruction* load);

}  // namespace dartc::codegen
