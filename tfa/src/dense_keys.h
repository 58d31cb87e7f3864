// Key traits for the analysis's hash tables. The analysis looks things up millions of times
// (joins, invocations, interned argument lists), so its tables are LLVM's open-addressing
// DenseMap/DenseSet rather than node-based std::unordered_map: one probe sequence in one array
// instead of a pointer chase per lookup, and one free when the analysis ends instead of one per
// entry (docs/tfa.md, "Speed").
#pragma once

#include <cstdint>

#include <llvm/ADT/DenseMap.h>
#include <llvm/ADT/DenseSet.h>

namespace dartc::tfa {

// 64-bit keys made of two 32-bit ids. LLVM's own traits for integers multiply by 37 and keep the
// low 32 bits, which would drop the high id entirely; this mixes all 64 bits (the finalizer of
// MurmurHash3).
struct PairKeyInfo {
  static uint64_t getEmptyKey() { return ~uint64_t{0}; }
  static uint64_t getTombstoneKey() { return ~uint64_t{0} - 1; }
  static unsigned getHashValue(uint64_t k) {
    k ^= k >> 33;
    k *= 0xff51afd7ed558ccdULL;
    k ^= k >> 33;
    k *= 0xc4ceb9fe1a85ec53ULL;
    k ^= k >> 33;
    return static_cast<unsigned>(k);
  }
  static bool isEqual(uint64_t a, uint64_t b) { return a == b; }
};

template <typename Value>
using PairKeyMap = llvm::DenseMap<uint64_t, Value, PairKeyInfo>;

// Pointers to interned values, hashed and compared by what they point to (`Hash` and `Equal` take
// two valid pointers); the table's reserved keys are compared by address only.
template <typename T, typename Hash, typename Equal>
struct InternedInfo {
  static const T* getEmptyKey() { return llvm::DenseMapInfo<const T*>::getEmptyKey(); }
  static const T* getTombstoneKey() { return llvm::DenseMapInfo<const T*>::getTombstoneKey(); }
  // `Hash` need not spread its bits (a polynomial over ids): they are mixed here.
  static unsigned getHashValue(const T* t) { return PairKeyInfo::getHashValue(static_cast<uint64_t>(Hash()(t))); }
  static bool isEqual(const T* a, const T* b) {
    if (a == b) return true;
    if (isReserved(a) || isReserved(b)) return false;
    return Equal()(a, b);
  }

 private:
  static bool isReserved(const T* t) { return t == getEmptyKey() || t == getTombstoneKey(); }
};

}  // namespace dartc::tfa
