#include "toolchain.h"

#include <unistd.h>

#include <algorithm>
#include <filesystem>

namespace dartc::driver {

namespace fs = std::filesystem;

namespace {

std::string executableDir() {
  std::error_code ec;
  fs::path self = fs::read_symlink("/proc/self/exe", ec);
  if (ec) return ".";
  return self.parent_path().string();
}

// The newest gcc version directory under `base` that has `file`.
std::string newestGccDir(const std::string& base, const char* file) {
  std::error_code ec;
  std::vector<std::pair<int, std::string>> found;
  for (const auto& entry : fs::directory_iterator(base, ec)) {
    if (!entry.is_directory() || !fs::exists(entry.path() / file)) continue;
    std::string name = entry.path().filename().string();
    found.push_back({std::atoi(name.c_str()), entry.path().string()});
  }
  if (found.empty()) return {};
  std::sort(found.begin(), found.end());
  return found.back().second;
}

}  // namespace

bool findDartcFiles(codegen::TargetArch arch, Toolchain& out, std::string& error) {
  std::string dir = executableDir();
  const char* archDir = arch == codegen::TargetArch::X64 ? "x86_64" : "aarch64";
  for (const std::string& candidate : {dir + "/lib/dartc", dir + "/../lib/dartc"}) {
    if (fs::exists(candidate + "/sdk/core.dart")) {
      out.libDir = fs::path(candidate).lexically_normal().string();
      break;
    }
  }
  if (out.libDir.empty()) {
    error = "dartc's core library was not found next to the dartc executable (looked in " + dir + "/lib/dartc and " + dir +
            "/../lib/dartc); the installation is incomplete.";
    return false;
  }
  out.sdkDir = out.libDir + "/sdk";
  out.runtimeArchive = out.libDir + "/" + archDir + "/libdartrt.a";
  return true;
}

bool findSystemFiles(codegen::TargetArch arch, bool staticLink, Toolchain& out, std::string& error) {
  if (!fs::exists(out.runtimeArchive)) {
    error = std::string("The runtime for ") + (arch == codegen::TargetArch::X64 ? "x64" : "arm64") +
            " is not installed (missing " + out.runtimeArchive + ").";
    if (arch == codegen::TargetArch::Arm64) error += " Building it needs the aarch64 C library headers (Debian: libc6-dev-arm64-cross).";
    return false;
  }
  std::string libcDir;
  std::string gccDir;
  if (arch == codegen::TargetArch::X64) {
    for (const char* d : {"/usr/lib/x86_64-linux-gnu", "/usr/lib64", "/usr/lib"}) {
      if (fs::exists(std::string(d) + "/crt1.o")) {
        libcDir = d;
        break;
      }
    }
    gccDir = newestGccDir("/usr/lib/gcc/x86_64-linux-gnu", "crtbegin.o");
    out.dynamicLinker = "/lib64/ld-linux-x86-64.so.2";
    out.emulation = "elf_x86_64";
  } else {
    for (const char* d : {"/usr/aarch64-linux-gnu/lib", "/usr/lib/aarch64-linux-gnu"}) {
      if (fs::exists(std::string(d) + "/crt1.o")) {
        libcDir = d;
        break;
      }
    }
    gccDir = newestGccDir("/usr/lib/gcc-cross/aarch64-linux-gnu", "crtbegin.o");
    if (gccDir.empty()) gccDir = newestGccDir("/usr/lib/gcc/aarch64-linux-gnu", "crtbegin.o");
    out.dynamicLinker = "/lib/ld-linux-aarch64.so.1";
    out.emulation = "aarch64linux";
  }
  if (libcDir.empty()) {
    error = arch == codegen::TargetArch::X64
                ? "The C library's start files (crt1.o) were not found; install libc6-dev."
                : "The aarch64 C library was not found; install libc6-dev-arm64-cross.";
    return false;
  }
  if (gccDir.empty()) {
    error = arch == codegen::TargetArch::X64
                ? "The C runtime files crtbegin.o/crtend.o were not found; install libgcc-12-dev (or gcc)."
                : "The aarch64 C runtime files crtbegin.o/crtend.o were not found; install gcc-aarch64-linux-gnu.";
    return false;
  }
  out.startFiles = {libcDir + "/crt1.o", libcDir + "/crti.o", gccDir + (staticLink ? "/crtbeginT.o" : "/crtbegin.o")};
  out.endFiles = {gccDir + "/crtend.o", libcDir + "/crtn.o"};
  out.searchDirs = {gccDir, libcDir};
  if (arch == codegen::TargetArch::X64) {
    for (const char* d : {"/lib/x86_64-linux-gnu", "/usr/lib"}) {
      if (fs::exists(d)) out.searchDirs.push_back(d);
    }
  }
  return true;
}

}  // namespace dartc::driver
