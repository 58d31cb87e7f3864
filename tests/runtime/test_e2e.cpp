// End to end: a small program shaped like codegen's output (e2e/program.ir + e2e/program_tables.c)
// compiled with clang and linked with lld against the real libdartrt.a of each target, then run
// (AArch64 under qemu-user when it is installed). Checks main/argv, print, allocation and
// collection with only conservative roots, number formatting, try/catch through
// dartrt_personality, stack traces, the uncaught-exception report and DARTC_* variables.
#include <doctest/doctest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <string>

#include "fixture.h"

#if defined(DARTRT_TEST_LIB_DIR) && defined(DARTRT_TEST_CLANG) && defined(DARTRT_TEST_SOURCE_DIR)

namespace {

bool exists(const std::string& path) {
  struct stat st;
  return stat(path.c_str(), &st) == 0;
}

// Runs a shell command; returns its exit status and fills out/err.
ChildResult shell(const std::string& command) {
  return run_in_child([&] {
    execl("/bin/sh", "sh", "-c", command.c_str(), (char*)nullptr);
    _exit(127);
  });
}

std::string build(const std::string& arch) {
  std::string triple = arch + "-linux-gnu";
  std::string out = std::string(DARTRT_TEST_BINARY_DIR) + "/e2e-" + arch;
  std::string src = std::string(DARTRT_TEST_SOURCE_DIR) + "/e2e";
  std::string cc = std::string(DARTRT_TEST_CLANG) + " --target=" + triple;
  std::string cmd = cc + " -O2 -fPIC -I" DARTRT_TEST_INCLUDE_DIR " -c " + src + "/program_tables.c -o " + out + "-tables.o && " +
                    cc + " -O2 -fPIC -Wno-override-module -x ir -c " + src + "/program.ir -o " + out + "-program.o && " +
                    cc + " -fuse-ld=lld -Wl,--gc-sections " + out + "-program.o " + out + "-tables.o " + DARTRT_TEST_LIB_DIR + "/" +
                    arch + "/libdartrt.a -lm -lgcc_s -o " + out;
  ChildResult r = shell(cmd);
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  return out;
}

const char* kTrace =
    "#0      thrower (file:///e2e.dart:20:1)\n"
    "#1      main (file:///e2e.dart:30:1)\n";

void check_program(const std::string& run_prefix, const std::string& exe) {
  ChildResult r = shell(run_prefix + exe + " \xC3\xA9");
  CHECK(r.exit_code == 255);
  CHECK(r.out == std::string("hello\n\xC3\xA9\n3407471\n0.30000000000000004\ncaught:Exception: boom\n") + kTrace + "\n");
  CHECK(r.err == std::string("Unhandled exception:\nException: boom\n") + kTrace + "\n");

  ChildResult stats = shell("DARTC_GC_STATS=1 " + run_prefix + exe + " a b");
  CHECK(stats.out.find("\n181\n") != std::string::npos);
  CHECK(stats.err.find("dartc gc: collections=0 ") != std::string::npos);

  ChildResult stress = shell("DARTC_GC_STRESS=1 DARTC_GC_STATS=1 DARTC_GC_VERIFY=1 " + run_prefix + exe + " a b");
  CHECK(stress.exit_code == 255);
  CHECK(stress.out.find("\n181\n") != std::string::npos);
  CHECK(stress.out.find("caught:Exception: boom") != std::string::npos);
  CHECK(stress.err.find("dartc gc: collections=") != std::string::npos);
  CHECK(stress.err.find("collections=0 ") == std::string::npos);

  ChildResult limited = shell("DARTC_HEAP_LIMIT=1m " + run_prefix + exe + " a");
  CHECK(limited.exit_code == 255);
  CHECK(limited.err.find("Exhausted heap space, trying to allocate 32 bytes.\nUnhandled exception:\nOut of Memory\n#0      makeTree") == 0);
}

}  // namespace

TEST_CASE("end to end on x86_64: the real libdartrt.a linked into a generated-style program") {
  if (!exists(std::string(DARTRT_TEST_LIB_DIR) + "/x86_64/libdartrt.a")) {
    MESSAGE("libdartrt.a for x86_64 not built; skipped");
    return;
  }
  check_program("", build("x86_64"));
}

TEST_CASE("end to end on aarch64 under qemu-user") {
  if (!exists(std::string(DARTRT_TEST_LIB_DIR) + "/aarch64/libdartrt.a") || !exists("/usr/bin/qemu-aarch64-static")) {
    MESSAGE("aarch64 runtime or qemu-aarch64-static missing; skipped");
    return;
  }
  check_program("QEMU_LD_PREFIX=/usr/aarch64-linux-gnu /usr/bin/qemu-aarch64-static ", build("aarch64"));
}

#endif
