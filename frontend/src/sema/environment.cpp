// Compile-time environment declarations: `const String.fromEnvironment(name)`,
// `int.fromEnvironment`, `bool.fromEnvironment` and `bool.hasEnvironment` read the -D/--define
// declarations of the command line, as the Dart front end's constant evaluator does
// (pkg/front_end's _handleFromEnvironment): a missing name gives the default value, `int`
// takes what int.tryParse accepts, `bool` only "true" and "false".
#include <cstdint>
#include <optional>

#include "sema/checker.h"
#include "syntax/unicode.h"

namespace dartc::sema {

using namespace kernel;

namespace {

// String.trim's whitespace (what int.parse skips around the digits).
bool isDartWhitespace(char16_t c) {
  return (c >= 0x09 && c <= 0x0D) || c == 0x20 || c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) ||
         c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000 || c == 0xFEFF;
}

// int.tryParse without a radix: surrounding whitespace, a sign, decimal digits or "0x" and hex
// digits; a decimal value must fit in 64 bits, a positive hex one may use all 64 (two's
// complement, 0xFFFFFFFFFFFFFFFF is -1).
std::optional<int64_t> tryParseInt(std::u16string_view s) {
  size_t start = 0, end = s.size();
  while (start < end && isDartWhitespace(s[start])) ++start;
  while (end > start && isDartWhitespace(s[end - 1])) --end;
  bool negative = false;
  if (start < end && (s[start] == u'+' || s[start] == u'-')) negative = s[start++] == u'-';
  uint64_t radix = 10;
  if (end - start > 2 && s[start] == u'0' && (s[start + 1] | 0x20) == u'x') {
    radix = 16;
    start += 2;
  }
  if (start == end) return std::nullopt;
  uint64_t magnitude = 0;
  for (size_t i = start; i < end; ++i) {
    char16_t c = s[i];
    uint64_t digit;
    if (c >= u'0' && c <= u'9') digit = c - u'0';
    else if (radix == 16 && (c | 0x20) >= u'a' && (c | 0x20) <= u'f') digit = (c | 0x20) - u'a' + 10;
    else return std::nullopt;
    if (magnitude > (UINT64_MAX - digit) / radix) return std::nullopt;
    magnitude = magnitude * radix + digit;
  }
  uint64_t limit = negative ? (uint64_t{1} << 63) : (radix == 16 ? UINT64_MAX : (uint64_t{1} << 63) - 1);
  if (magnitude > limit) return std::nullopt;
  return static_cast<int64_t>(negative ? 0 - magnitude : magnitude);
}

}  // namespace

bool Checker::isEnvironmentConstructor(const Procedure* p) const {
  if (!p || !p->library || p->library->uri != "dart:core" || !p->enclosingClass || p->kind != ProcedureKind::Factory) return false;
  const Class* c = p->enclosingClass;
  if (p->name == "fromEnvironment") return c == core().stringClass || c == core().intClass || c == core().boolClass;
  return p->name == "hasEnvironment" && c == core().boolClass;
}

std::optional<std::u16string> Checker::environmentValue(std::u16string_view name) {
  std::string key;
  syntax::appendUtf8(key, name);
  auto it = options.environment.find(key);
  if (it == options.environment.end()) return std::nullopt;
  const std::string& bytes = it->second;
  std::u16string value;
  if (syntax::findInvalidUtf8(bytes) != syntax::kNoOffset) {
    for (unsigned char b : bytes) value += static_cast<char16_t>(b);  // not UTF-8: bytes as Latin-1
    return value;
  }
  for (size_t pos = 0; pos < bytes.size();) syntax::appendUtf16(value, syntax::decodeUtf8(bytes, pos));
  return value;
}

Constant* Checker::environmentConstant(const Procedure* target, const std::u16string& name, Constant* defaultValue) {
  std::optional<std::u16string> value = environmentValue(name);
  const Class* cls = target->enclosingClass;
  if (target->name == "hasEnvironment") return program.constants.boolConstant(value.has_value(), core().boolType);
  if (cls == core().boolClass) {
    if (value && (*value == u"true" || *value == u"false")) return program.constants.boolConstant(*value == u"true", core().boolType);
    return defaultValue ? defaultValue : program.constants.boolConstant(false, core().boolType);
  }
  if (cls == core().intClass) {
    std::optional<int64_t> parsed = value ? tryParseInt(*value) : std::nullopt;
    if (!parsed) {
      if (defaultValue) return defaultValue;
      parsed = 0;
    }
    auto k = std::make_unique<IntConstant>();
    k->value = *parsed;
    k->type = core().intType;
    return program.constants.canonicalize(std::move(k));
  }
  if (!value) {
    if (defaultValue) return defaultValue;
    value = u"";
  }
  auto k = std::make_unique<StringConstant>();
  k->value = std::move(*value);
  k->type = core().stringType;
  return program.constants.canonicalize(std::move(k));
}

}  // namespace dartc::sema
