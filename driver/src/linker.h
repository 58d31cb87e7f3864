// Linking with lld, in-process: the program's object, the runtime archive, libc.
#pragma once

#include <string>
#include <vector>

#include "toolchain.h"

namespace dartc::driver {

// Links the program's objects into the executable `outputPath`, leaving their debug sections out
// (stack traces use the line table, not DWARF). On failure returns false with lld's messages in
// `error`.
bool linkExecutable(const Toolchain& toolchain, const std::vector<std::string>& objectPaths, const std::string& outputPath,
                    bool staticLink, std::string& error);

}  // namespace dartc::driver
