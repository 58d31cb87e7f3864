// A small JSON reader, enough for .dart_tool/package_config.json. Errors are reported as text.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace dartc::json {

struct Value {
  enum class Kind { Null, Bool, Number, String, Array, Object } kind = Kind::Null;
  bool boolean = false;
  double number = 0;
  std::string string;
  std::vector<Value> array;
  std::map<std::string, Value> object;

  const Value* get(const std::string& key) const {
    auto it = object.find(key);
    return it == object.end() ? nullptr : &it->second;
  }
};

// Parses `text`; on failure returns false and describes the problem in `error`.
bool parse(std::string_view text, Value& out, std::string& error);

}  // namespace dartc::json
