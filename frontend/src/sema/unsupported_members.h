// Library members that dartc declares but cannot run yet (`@pragma('dartc:unsupported', why)`
// in a dart: library, e.g. dart:io's Future forms before the event loop exists): a program that
// uses one is rejected with "'File.readAsString' is not supported yet: <why>" at the use.
#pragma once

#include "frontend/diagnostics.h"
#include "frontend/program.h"

namespace dartc::sema {

void rejectUnsupportedLibraryMembers(const kernel::Program& program, Diagnostics& diags);

}  // namespace dartc::sema
