#include "frontend/source.h"

#include <algorithm>
#include <fstream>
#include <sstream>

namespace dartc {

SourceFile::SourceFile(std::string path, std::string text) : path_(std::move(path)), text_(std::move(text)) {}

void SourceFile::computeLineStarts() const {
  if (!lineStarts_.empty()) return;
  lineStarts_.push_back(0);
  for (uint32_t i = 0; i < text_.size(); ++i) {
    char c = text_[i];
    if (c == '\n') {
      lineStarts_.push_back(i + 1);
    } else if (c == '\r') {
      if (i + 1 < text_.size() && text_[i + 1] == '\n') ++i;
      lineStarts_.push_back(i + 1);
    }
  }
}

LineCol SourceFile::lineCol(uint32_t offset) const {
  computeLineStarts();
  auto it = std::upper_bound(lineStarts_.begin(), lineStarts_.end(), offset);
  uint32_t line = static_cast<uint32_t>(it - lineStarts_.begin());
  return {line, offset - lineStarts_[line - 1] + 1};
}

std::string_view SourceFile::lineText(uint32_t line) const {
  computeLineStarts();
  if (line == 0 || line > lineStarts_.size()) return {};
  uint32_t start = lineStarts_[line - 1];
  uint32_t end = start;
  while (end < text_.size() && text_[end] != '\n' && text_[end] != '\r') ++end;
  return std::string_view(text_).substr(start, end - start);
}

FileId SourceManager::load(const std::string& path, std::string& error) {
  if (FileId known = find(path); known != kNoFile) return known;
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    error = "Couldn't read file '" + path + "'.";
    return kNoFile;
  }
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) {
    error = "Couldn't read file '" + path + "'.";
    return kNoFile;
  }
  return add(path, buffer.str());
}

FileId SourceManager::add(std::string path, std::string text) {
  auto id = static_cast<FileId>(files_.size());
  byPath_[path] = id;
  files_.push_back(std::make_unique<SourceFile>(std::move(path), std::move(text)));
  return id;
}

FileId SourceManager::find(const std::string& path) const {
  auto it = byPath_.find(path);
  return it == byPath_.end() ? kNoFile : it->second;
}

}  // namespace dartc
