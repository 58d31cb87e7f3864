// List accesses on fields that start as an empty constant list (issue 10; docs/benchmarks.md,
// "queens3"). Queens and Towers declare `List<bool> freeRows = const [];` and assign a
// `List.filled` later, so `freeRows[r]` cannot be devirtualized: each access tested the class id
// (growable list or constant list) before the growable list's bounds check.
//
// When every value the field ever holds is a _GrowableList or an empty constant list
// (ExactListFields::holdsGrowableOrEmpty), the growable list's bounds check can go first, on
// either object: the word at _GrowableList._length's offset is the length for a growable list
// and, for an empty constant list, the zero word its constant carries after its own length
// (const_collections.cpp). `index u< that word` therefore holds only for a growable list whose
// index is in range, and that path calls the growable list's entry with no class-id test (LLVM
// folds its own bounds check into the first one). Every other case takes the guarded call as
// before (class test, constant list's entry or the table), so each error (RangeError, the
// constant list's UnsupportedError after its covariant check) is the one it always was.
#include <llvm/IR/MDBuilder.h>

#include "dartrt/abi.h"
#include "exact_list_fields.h"
#include "function_lowering.h"
#include "list_field_reads.h"
#include "module.h"

namespace dartc::codegen {

using namespace kernel;

bool FunctionLowering::isGrowableOrEmptyListAccess(const tfa::Selector& s, const Expression* receiverExpr,
                                                   const Arguments* args) {
  if (s.kind != tfa::SelectorKind::Method || !args || !args->named.empty()) return false;
  if (!(s.name == "[]" && args->positional.size() == 1) && !(s.name == "[]=" && args->positional.size() == 2)) return false;
  if (!receiverExpr->type || receiverExpr->type->isNullable()) return false;
  const Expression* read = nullptr;
  const Field* field = fieldRead(m_, throughTemporaries(m_, receiverExpr), &read);
  return field && m_.exactListFields().holdsGrowableOrEmpty(field);
}

llvm::Value* FunctionLowering::growableIndexInBounds(llvm::Value* list, llvm::Value* index, SourceLoc loc) {
  const Class* growable = m_.facts.implicit().growableListClass;
  if (!growable || index->getType() != m_.i64) return nullptr;
  const Field* length = nullptr;
  for (const Field* f : growable->fields) {
    if (f->name == "_length" && !f->isStatic) length = f;
  }
  // The constant's zero word sits right after DartArray's fields: it must be the length's slot.
  if (!length || length->isLate || !m_.layout.hasField(length) || m_.layout.fieldOffset(length) != sizeof(DartArray) ||
      fieldRep(length) != Rep::Int) {
    return nullptr;
  }
  // The same load (offset, alias class, range) as the growable list's own `[]`, which LLVM merges.
  TypedValue words = readInstanceField(list, length, loc);
  return b_.CreateICmpULT(index, words.value, "inbounds");
}

}  // namespace dartc::codegen
