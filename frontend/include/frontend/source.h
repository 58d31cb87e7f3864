// Source files and positions. A SourceLoc is two integers; line and column are computed only when
// a diagnostic is printed, so the lexer never tracks them.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace dartc {

using FileId = uint32_t;
inline constexpr FileId kNoFile = ~0u;

struct SourceLoc {
  FileId file = kNoFile;
  uint32_t offset = 0;

  bool valid() const { return file != kNoFile; }
};

struct LineCol {
  uint32_t line = 0;    // 1-based
  uint32_t column = 0;  // 1-based, in UTF-8 bytes like the Dart tools' byte columns
};

class SourceFile {
 public:
  SourceFile(std::string path, std::string text);

  const std::string& path() const { return path_; }
  std::string_view text() const { return text_; }
  LineCol lineCol(uint32_t offset) const;
  // The text of the 1-based line, without its line terminator.
  std::string_view lineText(uint32_t line) const;

 private:
  void computeLineStarts() const;

  std::string path_;
  std::string text_;
  mutable std::vector<uint32_t> lineStarts_;  // computed on first use
};

class SourceManager {
 public:
  // Reads a file from disk, unless text was already registered under that path (then that file
  // is returned). Returns kNoFile and fills `error` when it cannot be read.
  FileId load(const std::string& path, std::string& error);
  // Registers in-memory text (tests, fuzzing, generated sources); later loads of `path` see it.
  FileId add(std::string path, std::string text);
  // The file registered or loaded under `path`, or kNoFile.
  FileId find(const std::string& path) const;

  const SourceFile& file(FileId id) const { return *files_[id]; }
  size_t fileCount() const { return files_.size(); }

 private:
  std::vector<std::unique_ptr<SourceFile>> files_;
  std::unordered_map<std::string, FileId> byPath_;
};

}  // namespace dartc
