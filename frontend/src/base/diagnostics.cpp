#include "frontend/diagnostics.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <tuple>

namespace dartc {

namespace {

const char* severityName(Severity s) {
  switch (s) {
    case Severity::Note: return "note";
    case Severity::Warning: return "warning";
    case Severity::Error: return "error";
  }
  return "error";
}

}  // namespace

void Diagnostics::report(Severity severity, SourceLoc loc, std::string message) {
  if (severity == Severity::Error) {
    if (errorCount_ >= errorLimit_) {
      if (!limitAnnounced_ && echo_) {
        if (held_) limitPending_ = true;
        else std::fprintf(stderr, "error: too many errors emitted, stopping now\n");
      }
      limitAnnounced_ = true;
      return;
    }
    ++errorCount_;
  }
  diagnostics_.push_back({severity, loc, std::move(message)});
  if (echo_ && !held_) {
    std::string text = format(diagnostics_.back());
    std::fwrite(text.data(), 1, text.size(), stderr);
    heldFrom_ = diagnostics_.size();
  }
}

void Diagnostics::releaseEcho() {
  if (!held_) return;
  held_ = false;
  if (!echo_) {
    heldFrom_ = diagnostics_.size();
    return;
  }
  std::vector<size_t> pending;
  for (size_t i = heldFrom_; i < diagnostics_.size(); ++i) pending.push_back(i);
  // Diagnostics without a position go last; ties keep the order of reporting.
  auto key = [&](size_t i) {
    const Diagnostic& d = diagnostics_[i];
    return std::tuple<uint64_t, uint32_t, size_t>(d.loc.valid() ? d.loc.file : UINT64_MAX, d.loc.offset, i);
  };
  std::sort(pending.begin(), pending.end(), [&](size_t a, size_t b) { return key(a) < key(b); });
  for (size_t i : pending) {
    std::string text = format(diagnostics_[i]);
    std::fwrite(text.data(), 1, text.size(), stderr);
  }
  // Passes stop early once the limit is reached, so reaching it means there may be more.
  if (limitPending_ || (errorCount_ >= errorLimit_ && !limitAnnounced_)) {
    std::fprintf(stderr, "error: too many errors emitted, stopping now\n");
    limitAnnounced_ = true;
  }
  limitPending_ = false;
  heldFrom_ = diagnostics_.size();
}

std::string Diagnostics::format(const Diagnostic& d) const {
  std::string out;
  if (!d.loc.valid() || d.loc.file >= sources_.fileCount()) {
    out += severityName(d.severity);
    out += ": ";
    out += d.message;
    out += '\n';
    return out;
  }
  const SourceFile& file = sources_.file(d.loc.file);
  LineCol lc = file.lineCol(d.loc.offset);
  out += file.path() + ":" + std::to_string(lc.line) + ":" + std::to_string(lc.column) + ": ";
  out += severityName(d.severity);
  out += ": ";
  out += d.message;
  out += '\n';
  std::string_view line = file.lineText(lc.line);
  // Binary or minified input can have enormous lines; the caret line stays readable.
  constexpr size_t kMaxShown = 160;
  if (line.size() <= kMaxShown && lc.column <= line.size() + 1) {
    out += line;
    out += '\n';
    for (uint32_t i = 0; i + 1 < lc.column; ++i) out += line[i] == '\t' ? '\t' : ' ';
    out += "^\n";
  }
  return out;
}

}  // namespace dartc
