// How a Dart value is represented in generated code: non-nullable int, double and bool are
// unboxed machine values; everything else is a value word (DESIGN.md §2). A record returned by a
// function that type-flow analysis proved is only called directly travels as its fields
// (docs/records.md, "Returned in registers").
#pragma once

#include <cstdint>

namespace dartc::codegen {

enum class Rep : uint8_t {
  Value,   // ptr: a value word (null, Smi, or an object address)
  Int,     // i64
  Double,  // double
  Bool,    // i1
  Void,    // no value (void results)
  Record,  // a record's fields in registers: an LLVM struct (TypedValue::record says which)
};

}  // namespace dartc::codegen
