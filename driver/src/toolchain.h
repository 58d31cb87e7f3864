// Where dartc finds what a link needs: its own runtime and core library (next to the dartc
// executable, in the build tree and after installation alike) and the target's C runtime files
// (searched on the machine, never hard-coded to one).
#pragma once

#include <string>
#include <vector>

#include "codegen/codegen.h"

namespace dartc::driver {

struct Toolchain {
  std::string libDir;          // <prefix>/lib/dartc
  std::string sdkDir;          // the core library's Dart sources
  std::string runtimeArchive;  // libdartrt.a for the target
  std::vector<std::string> startFiles;  // crt1.o, crti.o, crtbegin.o
  std::vector<std::string> endFiles;    // crtend.o, crtn.o
  std::vector<std::string> searchDirs;  // -L directories (gcc's and libc's)
  std::string dynamicLinker;
  std::string emulation;  // lld's -m
};

// Finds dartc's own files only (enough for the frontend).
bool findDartcFiles(codegen::TargetArch arch, Toolchain& out, std::string& error);
// Finds the C runtime and libraries for linking.
bool findSystemFiles(codegen::TargetArch arch, bool staticLink, Toolchain& out, std::string& error);

}  // namespace dartc::driver
