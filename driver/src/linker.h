// Linking with lld, in-process: the program's object, the runtime archive, libc.
#pragma once

#include <string>

#include "toolchain.h"

namespace dartc::driver {

// Links `objectPath` into the executable `outputPath`. On failure returns false with lld's
// messages in `error`.
bool linkExecutable(const Toolchain& toolchain, const std::string& objectPath, const std::string& outputPath,
                    bool staticLink, std::string& error);

}  // namespace dartc::driver
