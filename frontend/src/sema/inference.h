// Local type inference for generic calls, following the specification
// (dart-lang/language resources/type-system/inference.md, with Dart 3.7's inference using
// bounds): subtype constraint generation `P <# Q [L]` for the type parameters L of a generic
// function (or a generic class's constructor, or a generic function torn off into a function
// type context), then constraint solution for the set of parameters after each phase
// (downwards from the context, then the arguments), where a parameter whose solution is a known
// type is fixed ("frozen") for the rest of the inference.
//
// Type schemas use the placeholder `_` (TypeParameter::isInferencePlaceholder): a context such
// as `List<_>` constrains the shape but not the element type.
#pragma once

#include <unordered_map>
#include <vector>

#include "sema/type_system.h"

namespace dartc::sema {

// True when `t` mentions the inference placeholder (an argument not solved yet).
bool containsPlaceholder(const DartType* t);

class Inferrer {
 public:
  Inferrer(TypeSystem& ts, const std::vector<TypeParameter*>& params);

  // The unknown type `_`.
  const DartType* unknown() const { return placeholder_; }

  // Downwards: the call's result (`returnType`, mentioning the parameters) is used where the
  // type schema `context` is expected. Also generic function instantiation: the generic
  // function's type (without its type parameters) where a function type is expected.
  void constrainReturn(const DartType* returnType, const DartType* context);
  // Upwards: `actual` is passed where `formal` (mentioning the parameters) is expected.
  void constrainArgument(const DartType* actual, const DartType* formal);

  // The solution after a phase. Partial: the spec's constraint solution for the set of type
  // parameters, a type schema per parameter (`_` where nothing is known yet); a parameter whose
  // solution is a known type is fixed from then on. Final: the grounded solution, a type per
  // parameter (fixed ones keep theirs; a parameter nothing constrains gets its default,
  // instantiate-to-bounds).
  std::vector<const DartType*> solve(bool partial);
  Substitution substitution(const std::vector<const DartType*>& solution) const;

  // Greatest (or least) closure of a type schema: `_` replaced by the top type `dynamic` (or
  // `Never`) where it occurs covariantly, the opposite contravariantly.
  const DartType* schemaClosure(const DartType* t, bool greatest) const;

 private:
  struct Constraint {
    int param;
    const DartType* lower;  // null: `_`
    const DartType* upper;  // null: `_`
  };
  int indexOf(const DartType* t) const;
  bool isParam(const TypeParameter* p) const;
  bool mentionsParams(const DartType* t) const;
  // `P <# Q [L]`: true when P is a subtype of Q under the constraints appended to `out`.
  bool match(const DartType* p, const DartType* q, std::vector<Constraint>& out, int depth);
  bool matchFunctions(const FunctionType* p, const FunctionType* q, std::vector<Constraint>& out, int depth);
  void record(const DartType* p, const DartType* q);
  // UP and DOWN of type schemas (`_` is the neutral element).
  const DartType* schemaUpper(const DartType* a, const DartType* b);
  const DartType* schemaLower(const DartType* a, const DartType* b);
  // Lower and upper bound of every constraint on parameter i, merged (`_` when none).
  std::pair<const DartType*, const DartType*> merged(int i, const std::vector<Constraint>& extra);
  const DartType* choose(const DartType* lower, const DartType* upper, bool grounded) const;
  bool isKnown(const DartType* t) const { return t && !containsPlaceholder(t); }

  TypeSystem& ts_;
  const std::vector<TypeParameter*>& params_;
  std::vector<Constraint> constraints_;
  std::vector<const DartType*> fixed_;  // null while not fixed
  std::vector<const DartType*> previous_;  // the last partial solution (`_` initially)
  const DartType* placeholder_;
};

}  // namespace dartc::sema
