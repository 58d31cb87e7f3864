// How a Dart value is represented in generated code: non-nullable int, double and bool are
// unboxed machine values; everything else is a value word (DESIGN.md §2). A record returned by a
// function that type-flow analysis proved is only called directly travels as its fields
// (docs/records.md, "Returned in registers"). Non-nullable Float32x4, Float64x2 and Int32x4 are
// LLVM vectors (docs/typed_data.md, "Unboxed SIMD values"; codegen/src/simd_values.cpp).
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
  F32x4,   // <4 x float>: a Float32x4's lanes
  F64x2,   // <2 x double>: a Float64x2's lanes
  I32x4,   // <4 x i32>: an Int32x4's lanes
};

inline bool isSimdRep(Rep r) { return r == Rep::F32x4 || r == Rep::F64x2 || r == Rep::I32x4; }

}  // namespace dartc::codegen
