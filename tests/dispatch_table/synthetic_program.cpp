#include "synthetic_program.h"

#include <cassert>
#include <map>

namespace dartc::dispatch::testing {
namespace {

// floor(average), plus one with the probability of its fractional part.
uint32_t sampleCount(Rng& rng, double average) {
  auto whole = uint32_t(average);
  return whole + (rng.chance(average - whole) ? 1 : 0);
}

}  // namespace

ClassIndex SyntheticProgram::addClass(ClassIndex superclass, bool isConcrete) {
  assert(superclass == kNoSuperclass || superclass < classCount());
  hierarchy.superclassOf.push_back(superclass);
  concrete.push_back(isConcrete);
  declared.emplace_back();
  return ClassIndex(classCount() - 1);
}

SelectorId SyntheticProgram::addSelector(uint64_t callCount) {
  callCounts.push_back(callCount);
  return SelectorId(selectorCount() - 1);
}

void SyntheticProgram::declare(ClassIndex cls, SelectorId selector) {
  declared[cls].emplace_back(selector, implementationCount++);
}

Answers resolveAnswers(const SyntheticProgram& program) {
  // Superclasses come first, so one pass in index order sees each superclass finished. A later
  // declaration in the same class wins, like the last override in a class body would.
  std::vector<std::map<SelectorId, ImplementationId>> answering(program.classCount());
  Answers answers(program.selectorCount());
  for (ClassIndex cls = 0; cls < program.classCount(); ++cls) {
    ClassIndex superclass = program.hierarchy.superclassOf[cls];
    if (superclass != kNoSuperclass) answering[cls] = answering[superclass];
    for (auto [selector, implementation] : program.declared[cls]) {
      answering[cls][selector] = implementation;
    }
    if (!program.concrete[cls]) continue;
    for (auto [selector, implementation] : answering[cls]) {
      answers[selector].emplace_back(cls, implementation);
    }
  }
  return answers;
}

std::vector<SelectorInput> selectorInputs(const SyntheticProgram& program, const ClassIds& ids,
                                          const Answers& answers) {
  std::vector<SelectorInput> inputs(program.selectorCount());
  for (SelectorId selector = 0; selector < program.selectorCount(); ++selector) {
    inputs[selector].selector = selector;
    inputs[selector].callCount = program.callCounts[selector];
    for (auto [cls, implementation] : answers[selector]) {
      inputs[selector].implementations.push_back({ids.cid(cls), implementation});
    }
  }
  return inputs;
}

SyntheticProgram deepChain(uint32_t levels, double concreteFraction, double overrideProbability,
                           uint64_t seed) {
  Rng rng(seed);
  SyntheticProgram program;
  for (uint32_t level = 0; level < levels; ++level) {
    bool isConcrete = level + 1 == levels || rng.chance(concreteFraction);
    ClassIndex cls = program.addClass(level == 0 ? kNoSuperclass : level - 1, isConcrete);
    // Selector i is introduced at level i, so an inherited one is any smaller selector id.
    if (level > 0 && rng.chance(overrideProbability)) {
      program.declare(cls, SelectorId(rng.below(level)));
    }
    program.declare(cls, program.addSelector(rng.below(4)));
  }
  return program;
}

SyntheticProgram wideFanOut(uint32_t subclasses, uint32_t rootSelectors, double overrideProbability,
                            uint64_t seed) {
  Rng rng(seed);
  SyntheticProgram program;
  ClassIndex root = program.addClass(kNoSuperclass, true);
  for (uint32_t i = 0; i < rootSelectors; ++i) {
    program.declare(root, program.addSelector(rng.below(100)));
  }
  for (uint32_t i = 0; i < subclasses; ++i) {
    ClassIndex cls = program.addClass(root, true);
    for (SelectorId selector = 0; selector < rootSelectors; ++selector) {
      if (rng.chance(overrideProbability)) program.declare(cls, selector);
    }
    program.declare(cls, program.addSelector(rng.below(3)));
  }
  return program;
}

SyntheticProgram randomProgram(const RandomProgramShape& shape) {
  Rng rng(shape.seed);
  SyntheticProgram program;
  std::vector<uint32_t> depth;
  // Most selectors are rarely called through the table; a few are hot.
  auto callCount = [&] { return rng.chance(0.5) ? rng.below(100) : 0; };

  std::vector<std::vector<SelectorId>> interfaceSelectors(shape.interfaces);
  for (auto& selectors : interfaceSelectors) {
    for (uint32_t i = 0; i < shape.selectorsPerInterface; ++i) {
      selectors.push_back(program.addSelector(callCount()));
    }
  }

  for (uint32_t i = 0; i < shape.classes; ++i) {
    bool isRoot = i < shape.roots;
    ClassIndex superclass = isRoot ? kNoSuperclass : ClassIndex(rng.below(i));
    ClassIndex cls = program.addClass(superclass, rng.chance(shape.concreteFraction));
    depth.push_back(isRoot ? 0 : depth[superclass] + 1);

    // Override a selector some ancestor introduced or overrode.
    for (uint32_t n = isRoot ? 0 : sampleCount(rng, shape.overridesPerClass); n > 0; --n) {
      ClassIndex ancestor = cls;
      for (uint64_t steps = rng.below(depth[cls]) + 1; steps > 0; --steps) {
        ancestor = program.hierarchy.superclassOf[ancestor];
      }
      const auto& candidates = program.declared[ancestor];
      if (!candidates.empty()) {
        program.declare(cls, candidates[rng.below(candidates.size())].first);
      }
    }
    for (uint32_t n = shape.interfaces == 0 ? 0 : sampleCount(rng, shape.interfacesPerClass); n > 0;
         --n) {
      for (SelectorId selector : interfaceSelectors[rng.below(shape.interfaces)]) {
        program.declare(cls, selector);
      }
    }
    for (uint32_t n = sampleCount(rng, shape.selectorsPerClass); n > 0; --n) {
      program.declare(cls, program.addSelector(callCount()));
    }
  }
  return program;
}

}  // namespace dartc::dispatch::testing
