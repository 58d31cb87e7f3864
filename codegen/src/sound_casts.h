// Casts whose outcome the operand's static type already decides, because Dart's static types
// are sound (docs/generics.md, "Casts the static type decides").
#pragma once

namespace dartc::kernel {
struct AsExpr;
class TypeStore;
}  // namespace dartc::kernel

namespace dartc::codegen {

enum class CastNeed {
  None,      // the operand's static type is a subtype of the target: the cast cannot fail
  NullOnly,  // the static type is the target made nullable: only null needs the full test
  Full,      // anything else: the usual test
};

// What `e` must test at run time. Never looks through a covariance check (its operand's static
// type is exactly what the check is there to verify).
CastNeed castNeed(const kernel::AsExpr* e, kernel::TypeStore& types);

}  // namespace dartc::codegen
