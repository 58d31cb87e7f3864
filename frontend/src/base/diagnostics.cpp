#include "frontend/diagnostics.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <utility>

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
  if (!held_) {
    if (echo_) {
      std::string text = format(diagnostics_.back());
      std::fwrite(text.data(), 1, text.size(), stderr);
    }
    heldFrom_ = diagnostics_.size();
  }
}

void Diagnostics::releaseEcho() {
  if (!held_) return;
  held_ = false;
  // Diagnostics without a position go last; ties keep the order of reporting. The stored list
  // is reordered too, so API users (unit tests) see what the terminal shows.
  auto key = [](const Diagnostic& d) {
    return std::pair<uint64_t, uint32_t>(d.loc.valid() ? d.loc.file : UINT64_MAX, d.loc.offset);
  };
  std::vector<std::pair<size_t, Diagnostic>> pending;
  for (size_t i = heldFrom_; i < diagnostics_.size(); ++i) pending.emplace_back(i, std::move(diagnostics_[i]));
  std::sort(pending.begin(), pending.end(), [&](const auto& a, const auto& b) {
    auto ka = key(a.second), kb = key(b.second);
    return ka != kb ? ka < kb : a.first < b.first;
  });
  for (size_t i = 0; i < pending.size(); ++i) diagnostics_[heldFrom_ + i] = std::move(pending[i].second);
  if (echo_) {
    for (size_t i = heldFrom_; i < diagnostics_.size(); ++i) {
      std::string text = format(diagnostics_[i]);
      std::fwrite(text.data(), 1, text.size(), stderr);
    }
  }
  // Passes stop early once the limit is reached, so reaching it means there may be more.
  if (echo_ && (limitPending_ || (errorCount_ >= errorLimit_ && !limitAnnounced_))) {
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
