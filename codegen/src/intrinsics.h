// Intrinsics: operations the compiler implements itself. Two kinds:
//  - primitive operations at call sites whose operands are unboxed ints, doubles or bools
//    (`a + b` on ints becomes one `add`), the fast path of typed code;
//  - bodies of the core library's `external` members (num arithmetic on value words, String
//    natives, identical, print, ...), bound by qualified name.
#pragma once

#include <optional>

#include "dartrt/abi.h"
#include "function_lowering.h"

namespace dartc::codegen {

// Where a _ByteStore's length and bytes are (byte_store_intrinsics.cpp, simd_intrinsics.cpp,
// simd_values.cpp).
constexpr uint64_t kByteStoreLength = offsetof(DartByteStore, length);
constexpr uint64_t kByteStoreData = sizeof(DartByteStore);

class Intrinsics {
 public:
  // An arithmetic, bitwise or comparison operator of int/double/num/bool/String on operands whose
  // static types allow inline code; nullopt to use the ordinary call.
  static std::optional<TypedValue> tryPrimitive(FunctionLowering& f, const kernel::InstanceInvocation* e);
  // Emits the body of an external procedure; false when the compiler does not know it.
  static bool emitExternalBody(FunctionLowering& f, const kernel::Procedure* p, TypedValue self,
                               const std::vector<TypedValue>& params);
  // Members of Float32x4, Float64x2 and Int32x4 on unboxed operands (simd_values.cpp): lane
  // getters, arithmetic, comparisons, with*, factories; nullopt to call the library's member.
  static std::optional<TypedValue> trySimdGet(FunctionLowering& f, const kernel::InstanceGet* e);
  static std::optional<TypedValue> trySimdCall(FunctionLowering& f, const kernel::InstanceInvocation* e);
  static std::optional<TypedValue> trySimdFactory(FunctionLowering& f, const kernel::StaticInvocation* e);
  // `list[i]` and `list[i] = v` of a Float32x4List, Float64x2List or Int32x4List: the element's
  // 16 bytes loaded or stored as a vector after the library's index check.
  static std::optional<TypedValue> trySimdListAccess(FunctionLowering& f, const kernel::InstanceInvocation* e);
  // int and double operations on unboxed operands (shared by both paths).
  static TypedValue intBinary(FunctionLowering& f, std::string_view op, llvm::Value* a, llvm::Value* b, SourceLoc loc);
  static TypedValue doubleBinary(FunctionLowering& f, std::string_view op, llvm::Value* a, llvm::Value* b, SourceLoc loc);
  // dart:typed_data's `_ByteStore` members (typed data's bytes, byte_store_intrinsics.cpp); nullopt
  // when the compiler does not know the member.
  static std::optional<TypedValue> byteStoreBody(FunctionLowering& f, const kernel::Procedure* p, TypedValue self,
                                                 const std::vector<TypedValue>& params);
  // The SIMD lane operations among them (`_ByteStore._simd…`, simd_intrinsics.cpp): one LLVM
  // vector operation into a new 16-byte store; nullopt for other names.
  // A new _List of `n` elements (array_allocation.cpp): `_List(n)`, its elements null, and
  // `_List._filled(n, fill)`, each element `fill`. `n` is checked (ArgumentError when negative,
  // OutOfMemoryError when the heap can never hold it); the type arguments are the function's.
  static llvm::Value* allocateArray(FunctionLowering& f, llvm::Value* n, uint32_t cid, SourceLoc loc);
  static llvm::Value* allocateFilledArray(FunctionLowering& f, llvm::Value* n, llvm::Value* fill, uint32_t cid,
                                          SourceLoc loc);
  static std::optional<TypedValue> simdLaneBody(FunctionLowering& f, const kernel::Procedure* p,
                                                const std::vector<TypedValue>& params);
};

}  // namespace dartc::codegen
