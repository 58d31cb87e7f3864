#include "linker.h"

#include <lld/Common/Driver.h>
#include <llvm/Support/raw_ostream.h>

LLD_HAS_DRIVER(elf)

namespace dartc::driver {

bool linkExecutable(const Toolchain& tc, const std::vector<std::string>& objectPaths, const std::string& outputPath,
                    bool staticLink, std::string& error) {
  std::vector<std::string> args = {"ld.lld", "-m", tc.emulation, "-o", outputPath, "--eh-frame-hdr", "--gc-sections",
                                   "--hash-style=gnu", "--build-id=none", "-z", "relro", "--strip-debug"};
  if (staticLink) {
    args.push_back("-static");
  } else {
    args.push_back("-dynamic-linker");
    args.push_back(tc.dynamicLinker);
  }
  for (const std::string& f : tc.startFiles) args.push_back(f);
  for (const std::string& d : tc.searchDirs) args.push_back("-L" + d);
  args.insert(args.end(), objectPaths.begin(), objectPaths.end());
  args.push_back(tc.runtimeArchive);
  if (staticLink) {
    args.insert(args.end(), {"--start-group", "-lm", "-lc", "-lgcc", "-lgcc_eh", "--end-group"});
  } else {
    // The unwinder comes from libgcc_s (as for C++ programs); libm for the math natives.
    args.insert(args.end(), {"-lm", "-lgcc", "--push-state", "--as-needed", "-lgcc_s", "--pop-state", "-lc", "-lgcc",
                             "--push-state", "--as-needed", "-lgcc_s", "--pop-state"});
  }
  for (const std::string& f : tc.endFiles) args.push_back(f);
  std::vector<const char*> argv;
  for (const std::string& a : args) argv.push_back(a.c_str());
  std::string out, err;
  llvm::raw_string_ostream outStream(out), errStream(err);
  lld::Result result = lld::lldMain(argv, outStream, errStream, {{lld::Gnu, &lld::elf::link}});
  outStream.flush();
  errStream.flush();
  if (result.retCode != 0) {
    error = err.empty() ? out : err;
    return false;
  }
  return true;
}

}  // namespace dartc::driver
