// Where a list receiver comes from, for the optimizations that need to know the field it was
// read from (unchecked_list_stores.cpp, empty_constant_lists.cpp).
#pragma once

#include "frontend/kernel.h"

namespace dartc::codegen {

class Module;

// The expression a synthetic final temporary was bound to: `f[i] = v` whose value is used binds
// the receiver (and the value) to temporaries first. Anything else is returned as it is.
const kernel::Expression* throughTemporaries(Module& m, const kernel::Expression* e);

// The field a list receiver is read from, when that read can only be the field itself; `read`
// gets the read (InstanceGet or StaticGet).
const kernel::Field* fieldRead(Module& m, const kernel::Expression* receiver, const kernel::Expression** read);

}  // namespace dartc::codegen
