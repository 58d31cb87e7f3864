// The dartc command line: `dartc compile exe`, `dartc run`, `--help`, `--version`.
#pragma once

namespace dartc::driver {

// Runs dartc with the process's arguments; returns the process exit code.
int runCommandLine(int argc, char** argv);

}  // namespace dartc::driver
