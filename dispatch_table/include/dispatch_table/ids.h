// The plain integer ids the dispatch-table stage speaks in. The stage is independent of the
// compiler's IR: an adapter numbers the program's classes, selectors and member bodies and hands
// over only these integers.
#pragma once

#include <cstdint>

namespace dartc::dispatch {

// Index of a class in the caller's class list (declaration order).
using ClassIndex = uint32_t;
inline constexpr ClassIndex kNoSuperclass = ~0u;

// Class id as stored in an object header (32 bits, see dartrt/abi.h).
using ClassId = uint32_t;

// Caller-assigned selector id: members that override or implement each other share one.
using SelectorId = uint32_t;

// Caller-assigned id of a member body (the code a table slot points to).
using ImplementationId = uint32_t;
inline constexpr ImplementationId kEmpty = ~0u;  // a hole in the table

// Added to a receiver's cid to index the table. May be negative: a selector whose row starts at
// cid 900 can still use slot 0 (offset + smallest cid of its row >= 0 always holds).
using SelectorOffset = int64_t;

}  // namespace dartc::dispatch
