// The value spaces of patterns, as the exhaustiveness check sees them (exhaustiveness.cpp): the
// pattern lowering records one per case while it checks the pattern, so the check needs no
// second resolution of types and constants.
#pragma once

#include <deque>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "frontend/kernel.h"

namespace dartc::sema {

struct SpacePattern {
  enum class Kind {
    Any,         // matches every value (`var x`, `_`)
    None,        // counts as matching nothing (relational, list/map patterns, errors)
    Typed,       // values of `type` whose fields match `fields` (object, record, typed variable)
    Constant,    // the constant `constant` (enum values, bools, null; others match by `==`)
    Or,          // left || right
    And,         // left && right
    Cast,        // `p as type`: values not of `type` throw, so they count as matched
    NullCheck,   // `p?`
    NullAssert,  // `p!`: null throws, so it counts as matched
    List,        // a list pattern of `type`: `fields` are the head elements, `tail` the ones
                 // after the rest element (when `hasRest`)
  } kind = Kind::Any;
  bool hasRest = false;
  std::vector<SpacePattern*> tail;
  const kernel::DartType* type = nullptr;
  kernel::Constant* constant = nullptr;
  std::vector<std::pair<std::string_view, SpacePattern*>> fields;
  SpacePattern* left = nullptr;
  SpacePattern* right = nullptr;
};

class SpaceArena {
 public:
  SpacePattern* any() { return make(SpacePattern::Kind::Any); }
  SpacePattern* none() { return make(SpacePattern::Kind::None); }
  SpacePattern* typed(const kernel::DartType* t, std::vector<std::pair<std::string_view, SpacePattern*>> fields = {}) {
    SpacePattern* s = make(SpacePattern::Kind::Typed);
    s->type = t;
    s->fields = std::move(fields);
    return s;
  }
  SpacePattern* constant(kernel::Constant* k, const kernel::DartType* t) {
    SpacePattern* s = make(SpacePattern::Kind::Constant);
    s->constant = k;
    s->type = t;
    return s;
  }
  SpacePattern* either(SpacePattern* l, SpacePattern* r) { return pair(SpacePattern::Kind::Or, l, r); }
  SpacePattern* both(SpacePattern* l, SpacePattern* r) { return pair(SpacePattern::Kind::And, l, r); }
  SpacePattern* cast(const kernel::DartType* t, SpacePattern* inner) {
    SpacePattern* s = pair(SpacePattern::Kind::Cast, inner, nullptr);
    s->type = t;
    return s;
  }
  SpacePattern* nullCheck(SpacePattern* inner) { return pair(SpacePattern::Kind::NullCheck, inner, nullptr); }
  SpacePattern* nullAssert(SpacePattern* inner) { return pair(SpacePattern::Kind::NullAssert, inner, nullptr); }
  SpacePattern* list(const kernel::DartType* t, std::vector<SpacePattern*> heads, std::vector<SpacePattern*> tail,
                     bool hasRest) {
    SpacePattern* s = make(SpacePattern::Kind::List);
    s->type = t;
    for (size_t i = 0; i < heads.size(); ++i) s->fields.push_back({indexName(i), heads[i]});
    s->tail = std::move(tail);
    s->hasRest = hasRest;
    return s;
  }
  // The field names of list elements: `[0]`, `[1]`, ... (interned here).
  std::string_view indexName(size_t i) {
    while (names_.size() <= i) names_.push_back("[" + std::to_string(names_.size()) + "]");
    return names_[i];
  }
  std::string_view tailName(size_t fromEnd) {  // 1: the last element of an open-ended list
    while (tailNames_.size() < fromEnd) tailNames_.push_back("[-" + std::to_string(tailNames_.size() + 1) + "]");
    return tailNames_[fromEnd - 1];
  }
  static bool isAny(const SpacePattern* s) { return s && s->kind == SpacePattern::Kind::Any; }

 private:
  SpacePattern* make(SpacePattern::Kind k) {
    owned_.emplace_back();
    owned_.back().kind = k;
    return &owned_.back();
  }
  SpacePattern* pair(SpacePattern::Kind k, SpacePattern* l, SpacePattern* r) {
    SpacePattern* s = make(k);
    s->left = l ? l : none();
    s->right = r;
    return s;
  }
  std::deque<SpacePattern> owned_;
  std::deque<std::string> names_, tailNames_;
};

}  // namespace dartc::sema
