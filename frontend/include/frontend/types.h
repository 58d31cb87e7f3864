// Static types of the kernel. Types are hash-consed by a TypeStore, so two types are equal exactly
// when their pointers are equal; later stages compare and hash them as pointers.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace dartc::kernel {

class Class;
struct TypeParameter;

enum class TypeKind : uint8_t {
  Dynamic,
  Void,
  Never,
  Null,  // the type `Null` (also what `Never?` normalizes to)
  Interface,
  Function,
  TypeParameter,
  Record,
  FutureOr,
  Invalid,  // after an error; behaves like dynamic and suppresses follow-on errors
};

enum class Nullability : uint8_t { NonNullable, Nullable };

class DartType {
 public:
  TypeKind kind;
  Nullability nullability;

  bool isNullable() const { return nullability == Nullability::Nullable; }
  // dynamic, void, Null, Invalid and T? admit null.
  bool admitsNull() const;
  bool isDynamicLike() const { return kind == TypeKind::Dynamic || kind == TypeKind::Invalid; }
  bool isTop() const;  // dynamic, void, Object?
  std::string toString() const;  // Dart's spelling: `List<int>?`, `int Function(String)`
  virtual ~DartType() = default;

 protected:
  DartType(TypeKind k, Nullability n) : kind(k), nullability(n) {}
  friend class TypeStore;
};

class InterfaceType final : public DartType {
 public:
  Class* cls;
  std::vector<const DartType*> args;

 private:
  InterfaceType(Class* c, std::vector<const DartType*> a, Nullability n)
      : DartType(TypeKind::Interface, n), cls(c), args(std::move(a)) {}
  friend class TypeStore;
};

struct NamedParameterType {
  std::string_view name;
  const DartType* type = nullptr;
  bool isRequired = false;  // a record type's named fields are never "required" here
};

class FunctionType final : public DartType {
 public:
  std::vector<TypeParameter*> typeParams;  // generic function types: `T Function<T>(T)`
  std::vector<const DartType*> positional;
  size_t requiredPositionalCount;
  std::vector<NamedParameterType> named;  // sorted by name
  const DartType* returnType;

  // The VM's text of a member's signature in NoSuchMethodError ("Found: add(int, [int]) => int").
  std::string userVisibleSignature() const;

 private:
  FunctionType(Nullability n) : DartType(TypeKind::Function, n) {}
  friend class TypeStore;
};

class TypeParameterType final : public DartType {
 public:
  TypeParameter* param;
  // Set for the intersection type `X & B` that promotion gives a variable of type X tested
  // against a subtype B of X's bound: a subtype of both X and B, with B's members. Never
  // nullable, and only the static type of expressions (inference demotes it to X); later stages
  // may treat it as plain X.
  const DartType* promotedBound = nullptr;

 private:
  TypeParameterType(TypeParameter* p, Nullability n) : DartType(TypeKind::TypeParameter, n), param(p) {}
  friend class TypeStore;
};

class RecordType final : public DartType {
 public:
  std::vector<const DartType*> positional;
  std::vector<NamedParameterType> named;  // sorted by name; isRequired unused

 private:
  RecordType(Nullability n) : DartType(TypeKind::Record, n) {}
  friend class TypeStore;
};

class FutureOrType final : public DartType {
 public:
  const DartType* arg;

 private:
  FutureOrType(const DartType* a, Nullability n) : DartType(TypeKind::FutureOr, n), arg(a) {}
  friend class TypeStore;
};

// A declared type parameter of a class, a generic function or a generic function type.
struct TypeParameter {
  std::string_view name;
  const DartType* bound = nullptr;  // `Object?` when none is written
  // What declares it (for printing and for reified type arguments): a class or a function.
  Class* declaringClass = nullptr;
  uint32_t index = 0;  // position in its declaration's type parameter list
  bool isFunctionTypeParam = false;
  // The "unknown" placeholder `_` of type inference: stands for a type argument not yet solved.
  bool isInferencePlaceholder = false;
};

// Creates and interns types.
class TypeStore {
 public:
  TypeStore();
  ~TypeStore();
  TypeStore(const TypeStore&) = delete;
  TypeStore& operator=(const TypeStore&) = delete;

  const DartType* dynamicType() const { return dynamic_; }
  const DartType* voidType() const { return void_; }
  const DartType* neverType() const { return never_; }
  const DartType* nullType() const { return null_; }
  const DartType* invalidType() const { return invalid_; }

  const InterfaceType* interface(Class* cls, std::vector<const DartType*> args = {},
                                 Nullability n = Nullability::NonNullable);
  const FunctionType* function(std::vector<TypeParameter*> typeParams,
                               std::vector<const DartType*> positional, size_t requiredPositional,
                               std::vector<NamedParameterType> named, const DartType* returnType,
                               Nullability n = Nullability::NonNullable);
  const TypeParameterType* typeParameter(TypeParameter* p, Nullability n = Nullability::NonNullable);
  // The intersection `p & bound` (see TypeParameterType::promotedBound).
  const TypeParameterType* intersection(TypeParameter* p, const DartType* bound);
  const RecordType* record(std::vector<const DartType*> positional,
                           std::vector<NamedParameterType> named,
                           Nullability n = Nullability::NonNullable);
  const DartType* futureOr(const DartType* arg, Nullability n = Nullability::NonNullable);

  // T? and T! (the latter strips the outer `?`; Null becomes Never). `(X & B)?` is X?.
  const DartType* nullable(const DartType* t);
  const DartType* nonNullable(const DartType* t);
  const DartType* withNullability(const DartType* t, Nullability n);

  // Owns type parameters created for generic function types and during inference.
  TypeParameter* newTypeParameter(std::string_view name);

  // The shape of a record type (its number of positional fields and its sorted field names),
  // as a dense id shared by the record values' run-time representation and the reified record
  // types (docs/records.md). Ids are given on first request.
  struct RecordShape {
    uint32_t positional = 0;
    std::vector<std::string_view> names;  // sorted
  };
  uint32_t recordShapeId(const RecordType* r);
  const std::vector<RecordShape>& recordShapes() const { return recordShapes_; }

 private:
  const DartType* intern(std::unique_ptr<DartType> t, const std::string& key);

  std::unordered_map<std::string, const DartType*> interned_;
  std::vector<std::unique_ptr<DartType>> owned_;
  std::vector<std::unique_ptr<TypeParameter>> ownedParams_;
  std::vector<RecordShape> recordShapes_;
  std::unordered_map<std::string, uint32_t> recordShapeIds_;
  const DartType* dynamic_;
  const DartType* void_;
  const DartType* never_;
  const DartType* null_;
  const DartType* invalid_;
};

}  // namespace dartc::kernel
