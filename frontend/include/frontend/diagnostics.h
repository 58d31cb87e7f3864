// Diagnostics in the Dart analyzer's style:
//   main.dart:3:9: error: Expected ';' after this.
//     var x = 3
//             ^
// Every stage reports through one Diagnostics object; the driver decides the exit code from it.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "frontend/source.h"

namespace dartc {

enum class Severity { Note, Warning, Error };

struct Diagnostic {
  Severity severity;
  SourceLoc loc;
  std::string message;
};

class Diagnostics {
 public:
  explicit Diagnostics(const SourceManager& sources, size_t errorLimit = 20)
      : sources_(sources), errorLimit_(errorLimit) {}

  void error(SourceLoc loc, std::string message) { report(Severity::Error, loc, std::move(message)); }
  void warning(SourceLoc loc, std::string message) { report(Severity::Warning, loc, std::move(message)); }
  void note(SourceLoc loc, std::string message) { report(Severity::Note, loc, std::move(message)); }
  void report(Severity severity, SourceLoc loc, std::string message);

  size_t errorCount() const { return errorCount_; }
  bool hasErrors() const { return errorCount_ > 0; }
  // True once the error limit is reached; passes may stop early.
  bool limitReached() const { return errorCount_ >= errorLimit_; }
  const std::vector<Diagnostic>& all() const { return diagnostics_; }

  // Renders one diagnostic with its source line and caret.
  std::string format(const Diagnostic& d) const;
  // Diagnostics are printed to stderr as they are reported unless this is off (unit tests).
  void setEcho(bool echo) { echo_ = echo; }
  // While held, echoed diagnostics wait; `releaseEcho` prints them sorted by file and position
  // (the checker visits declarations in dependency order, readers expect source order).
  void holdEcho() { held_ = true; }
  void releaseEcho();

 private:
  const SourceManager& sources_;
  size_t errorLimit_;
  size_t errorCount_ = 0;
  bool echo_ = true;
  bool limitAnnounced_ = false;
  bool held_ = false;
  bool limitPending_ = false;  // the limit was reached while held
  size_t heldFrom_ = 0;  // diagnostics_[heldFrom_..] are not printed yet
  std::vector<Diagnostic> diagnostics_;
};

}  // namespace dartc
