// Synthetic class hierarchies with methods, for the dispatch-table tests. A program is classes
// (single inheritance, some abstract) that declare implementations of selectors; a concrete
// class answers a selector with the nearest declaration up its superclass chain, which is how a
// Dart call on a receiver of that class resolves.
#pragma once

#include <cstdint>
#include <random>
#include <utility>
#include <vector>

#include "dispatch_table/class_ids.h"
#include "dispatch_table/dispatch_table.h"

namespace dartc::dispatch::testing {

// Seeded, and reproducible across standard libraries (the distributions of <random> are not).
class Rng {
 public:
  explicit Rng(uint64_t seed) : engine_(seed) {}
  uint64_t below(uint64_t bound) { return engine_() % bound; }
  bool chance(double probability) { return double(engine_() % 1000000) < probability * 1e6; }

 private:
  std::mt19937_64 engine_;
};

struct SyntheticProgram {
  ClassHierarchy hierarchy;
  std::vector<bool> concrete;
  // Per class, what it declares (introduces or overrides), each with its own implementation id.
  std::vector<std::vector<std::pair<SelectorId, ImplementationId>>> declared;
  std::vector<uint64_t> callCounts;  // per selector
  ImplementationId implementationCount = 0;

  // Superclasses must be added before their subclasses.
  ClassIndex addClass(ClassIndex superclass, bool isConcrete);
  SelectorId addSelector(uint64_t callCount = 0);
  void declare(ClassIndex cls, SelectorId selector);
  size_t classCount() const { return concrete.size(); }
  size_t selectorCount() const { return callCounts.size(); }
};

// Per selector, every (concrete class, implementation) that a call with a receiver of that class
// runs: the ground truth the table must reproduce.
using Answers = std::vector<std::vector<std::pair<ClassIndex, ImplementationId>>>;
Answers resolveAnswers(const SyntheticProgram& program);

std::vector<SelectorInput> selectorInputs(const SyntheticProgram& program, const ClassIds& ids,
                                          const Answers& answers);

// Class i extends class i - 1. Each level introduces one selector and overrides a random
// inherited one with probability `overrideProbability`; a level is concrete with probability
// `concreteFraction` (the deepest always is).
SyntheticProgram deepChain(uint32_t levels, double concreteFraction, double overrideProbability,
                           uint64_t seed);

// One root with `subclasses` direct subclasses. The root introduces `rootSelectors` selectors,
// each subclass overrides each of them with probability `overrideProbability` and introduces
// one selector of its own.
SyntheticProgram wideFanOut(uint32_t subclasses, uint32_t rootSelectors, double overrideProbability,
                            uint64_t seed);

struct RandomProgramShape {
  uint32_t classes = 300;
  uint32_t roots = 1;  // classes [0, roots) are roots; later ones extend a random earlier class
  double concreteFraction = 0.7;
  double selectorsPerClass = 2.0;  // introduced, on average
  double overridesPerClass = 1.0;  // inherited selectors a class overrides, on average
  uint32_t interfaces = 0;
  uint32_t selectorsPerInterface = 4;
  double interfacesPerClass = 0.0;  // implemented directly, on average
  uint64_t seed = 1;
};
// Random hierarchies, random overrides, and interfaces: groups of selectors that unrelated
// classes implement, so their rows are scattered over the cid space.
SyntheticProgram randomProgram(const RandomProgramShape& shape);

}  // namespace dartc::dispatch::testing
