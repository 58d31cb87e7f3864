// Records at run time (docs/records.md): the class id of the core library's `_Record`, whose
// layout the runtime reads (abi.h: its one field `_data` at DART_RECORD_DATA_OFFSET), and the
// table of record shapes the frontend and codegen numbered (TypeStore::recordShapeId).
#include <llvm/IR/Constants.h>
#include <llvm/IR/GlobalVariable.h>

#include "dartrt/abi.h"
#include "module.h"

namespace dartc::codegen {

using namespace kernel;

uint32_t Module::recordCid() {
  const Class* cls = program.findClass("dart:core", "_Record");
  if (!cls || !layout.classLayout(cls)) return 0;
  for (const Field* f : cls->fields) {
    if (f->name == "_data" && layout.hasField(f) && layout.fieldOffset(f) != DART_RECORD_DATA_OFFSET) {
      diags.error({}, "internal: _Record._data is not where the runtime reads it");
    }
  }
  return cidOf(cls);
}

// A constant record, laid out as `_makeRecord*` builds one (record.dart): a read-only `_Record`
// whose `_data` is a read-only `_List`: the shape id as a small int, then the fields in the
// shape's order. Nothing writes a record's data, so read-only memory is safe.
llvm::Constant* Module::constRecord(const RecordConstant* c) {
  const Class* recordClass = facts.implicit().recordClass;
  const Class* arrayClass = facts.implicit().fixedArrayClass;
  if (!recordClass || !arrayClass || !c->type || c->type->kind != TypeKind::Record) {
    error("internal: a constant record without the core library's _Record");
    return llvm::ConstantPointerNull::get(ptr);
  }
  // The frontend numbered this shape when it lowered the literal, so this adds nothing.
  uint32_t shape = const_cast<TypeStore&>(program.types).recordShapeId(static_cast<const RecordType*>(c->type));
  std::vector<llvm::Constant*> data{llvm::ConstantExpr::getIntToPtr(llvm::ConstantInt::get(i64, dart_smi_from(shape)), ptr)};
  for (const Constant* x : c->positional) data.push_back(constant(x));
  for (const auto& [name, x] : c->named) data.push_back(constant(x));
  const DartType* objectNullable = const_cast<TypeStore&>(program.types).nullable(core().objectType);
  return constCollection(recordClass, {}, constArray(arrayClass, data, objectNullable));
}

std::vector<Rep> Module::recordFieldReps(const RecordType* r) const {
  std::vector<Rep> reps;
  for (const DartType* t : r->positional) reps.push_back(repOf(t));
  for (const NamedParameterType& n : r->named) reps.push_back(repOf(n.type));
  for (Rep& rep : reps) {
    if (rep == Rep::Void || isSimdRep(rep)) rep = Rep::Value;  // (SIMD fields: their boxes)
  }
  return reps;
}

llvm::StructType* Module::recordFieldsType(const RecordType* r) const {
  std::vector<llvm::Type*> types;
  for (Rep rep : recordFieldReps(r)) types.push_back(typeOf(rep));
  return llvm::StructType::get(llvm, types);
}

void Module::emitRecordShapes() {
  const std::vector<TypeStore::RecordShape>& shapes = program.types.recordShapes();
  auto* shapeTy = llvm::StructType::get(llvm, {i32, i32, ptr});
  std::vector<llvm::Constant*> entries;
  for (const TypeStore::RecordShape& s : shapes) {
    std::vector<llvm::Constant*> names;
    for (std::string_view n : s.names) names.push_back(cString(std::string(n)));
    llvm::Constant* nameArray = llvm::ConstantPointerNull::get(ptr);
    if (!names.empty()) {
      auto* arrTy = llvm::ArrayType::get(ptr, names.size());
      nameArray = new llvm::GlobalVariable(module, arrTy, true, llvm::GlobalValue::PrivateLinkage,
                                           llvm::ConstantArray::get(arrTy, names), "dartc.record_names");
    }
    entries.push_back(llvm::ConstantStruct::get(
        shapeTy, {llvm::ConstantInt::get(i32, s.positional), llvm::ConstantInt::get(i32, s.names.size()), nameArray}));
  }
  auto* tableTy = llvm::ArrayType::get(shapeTy, entries.size());
  new llvm::GlobalVariable(module, tableTy, true, llvm::GlobalValue::ExternalLinkage, llvm::ConstantArray::get(tableTy, entries),
                           "dartrt_record_shapes");
  new llvm::GlobalVariable(module, i32, true, llvm::GlobalValue::ExternalLinkage,
                           llvm::ConstantInt::get(i32, entries.size()), "dartrt_record_shape_count");
}

}  // namespace dartc::codegen
