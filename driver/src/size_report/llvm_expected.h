// The value of an llvm::Expected, or `fallback` when it holds an error (which is consumed): the
// size report skips what it cannot read rather than failing on it.
#pragma once

#include <utility>

#include <llvm/Support/Error.h>

namespace dartc::driver::size_report {

template <typename T>
T valueOr(llvm::Expected<T> value, T fallback) {
  if (value) return std::move(*value);
  llvm::consumeError(value.takeError());
  return fallback;
}

}  // namespace dartc::driver::size_report
