#include "calls.h"

#include <functional>

namespace dartc::tfa {

void Args::computeHash() {
  size_t h = hasReceiver ? 7 : 3;
  for (TypeRef t : values) h = h * 1000003 + t->id;
  for (std::string_view n : names) h = h * 31 + std::hash<std::string_view>()(n);
  hash = h;
}

const Args* ArgsStore::intern(Args args) { return internCopy(args); }

const Args* ArgsStore::internCopy(Args& args) {
  args.computeHash();
  auto it = interned_.find(&args);
  if (it != interned_.end()) return *it;
  all_.push_back(args);
  interned_.insert(&all_.back());
  return &all_.back();
}

}  // namespace dartc::tfa
