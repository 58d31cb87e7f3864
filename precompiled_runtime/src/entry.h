// The process entry point, separate from `main` so unit tests can run it in a child process.
#ifndef DARTRT_ENTRY_H
#define DARTRT_ENTRY_H

namespace dartrt {

// Sets up the main isolate, converts argv[1..] to a Dart list of strings, runs
// dart_program_main and exits (flushing stdout); never returns.
[[noreturn]] void run_main(int argc, char** argv);

}  // namespace dartrt

#endif  // DARTRT_ENTRY_H
