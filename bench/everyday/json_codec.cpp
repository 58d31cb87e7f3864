// Everyday code: JSON in C++ (see json_codec.dart). C++ has no JSON library, so this file carries a
// small document type (objects keep their insertion order, as Dart's maps do), an encoder with
// the escapes that Dart's jsonEncode writes, and a recursive-descent decoder.
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace {

class Json {
 public:
  enum class Kind { kNull, kBool, kInt, kString, kArray, kObject };

  Json() = default;
  static Json boolean(bool b) { Json j(Kind::kBool); j.bool_ = b; return j; }
  static Json integer(long n) { Json j(Kind::kInt); j.int_ = n; return j; }
  static Json string(std::string s) { Json j(Kind::kString); j.string_ = std::move(s); return j; }
  static Json array() { return Json(Kind::kArray); }
  static Json object() { return Json(Kind::kObject); }

  Kind kind() const { return kind_; }
  bool asBool() const { return bool_; }
  long asInt() const { return int_; }
  const std::string& asString() const { return string_; }
  const std::vector<Json>& items() const { return items_; }

  void add(Json value) { items_.push_back(std::move(value)); }
  void set(std::string key, Json value) {
    keys_.push_back(std::move(key));
    items_.push_back(std::move(value));
  }
  const Json& operator[](const std::string& key) const {
    for (size_t i = 0; i < keys_.size(); i++) {
      if (keys_[i] == key) return items_[i];
    }
    throw std::out_of_range("no key " + key);
  }

  void encode(std::string& out) const {
    switch (kind_) {
      case Kind::kNull: out += "null"; break;
      case Kind::kBool: out += bool_ ? "true" : "false"; break;
      case Kind::kInt: out += std::to_string(int_); break;
      case Kind::kString: encodeString(string_, out); break;
      case Kind::kArray:
        out += '[';
        for (size_t i = 0; i < items_.size(); i++) {
          if (i) out += ',';
          items_[i].encode(out);
        }
        out += ']';
        break;
      case Kind::kObject:
        out += '{';
        for (size_t i = 0; i < items_.size(); i++) {
          if (i) out += ',';
          encodeString(keys_[i], out);
          out += ':';
          items_[i].encode(out);
        }
        out += '}';
        break;
    }
  }

 private:
  explicit Json(Kind kind) : kind_(kind) {}

  static void encodeString(const std::string& s, std::string& out) {
    out += '"';
    for (char c : s) {
      switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\t': out += "\\t"; break;
        case '\r': out += "\\r"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        default:
          if (static_cast<unsigned char>(c) < 0x20) {
            char buffer[8];
            std::snprintf(buffer, sizeof buffer, "\\u%04x", c);
            out += buffer;
          } else {
            out += c;
          }
      }
    }
    out += '"';
  }

  Kind kind_ = Kind::kNull;
  bool bool_ = false;
  long int_ = 0;
  std::string string_;
  std::vector<std::string> keys_;
  std::vector<Json> items_;
};

class Parser {
 public:
  explicit Parser(const std::string& text) : text_(text) {}

  Json parse() {
    Json value = parseValue();
    skipSpace();
    if (pos_ != text_.size()) fail();
    return value;
  }

 private:
  [[noreturn]] void fail() { throw std::runtime_error("bad JSON at " + std::to_string(pos_)); }

  void skipSpace() {
    while (pos_ < text_.size() && (text_[pos_] == ' ' || text_[pos_] == '\n' || text_[pos_] == '\t' ||
                                   text_[pos_] == '\r')) {
      pos_++;
    }
  }

  void expect(const char* word) {
    for (const char* p = word; *p; p++) {
      if (pos_ >= text_.size() || text_[pos_] != *p) fail();
      pos_++;
    }
  }

  Json parseValue() {
    skipSpace();
    if (pos_ >= text_.size()) fail();
    char c = text_[pos_];
    if (c == '{') return parseObject();
    if (c == '[') return parseArray();
    if (c == '"') return Json::string(parseString());
    if (c == 't') { expect("true"); return Json::boolean(true); }
    if (c == 'f') { expect("false"); return Json::boolean(false); }
    if (c == 'n') { expect("null"); return Json(); }
    return parseInteger();
  }

  Json parseObject() {
    Json object = Json::object();
    pos_++;
    skipSpace();
    if (pos_ < text_.size() && text_[pos_] == '}') { pos_++; return object; }
    while (true) {
      skipSpace();
      std::string key = parseString();
      skipSpace();
      expect(":");
      object.set(std::move(key), parseValue());
      skipSpace();
      if (pos_ >= text_.size()) fail();
      if (text_[pos_] == ',') { pos_++; continue; }
      if (text_[pos_] == '}') { pos_++; return object; }
      fail();
    }
  }

  Json parseArray() {
    Json array = Json::array();
    pos_++;
    skipSpace();
    if (pos_ < text_.size() && text_[pos_] == ']') { pos_++; return array; }
    while (true) {
      array.add(parseValue());
      skipSpace();
      if (pos_ >= text_.size()) fail();
      if (text_[pos_] == ',') { pos_++; continue; }
      if (text_[pos_] == ']') { pos_++; return array; }
      fail();
    }
  }

  std::string parseString() {
    if (pos_ >= text_.size() || text_[pos_] != '"') fail();
    pos_++;
    std::string s;
    while (true) {
      if (pos_ >= text_.size()) fail();
      char c = text_[pos_++];
      if (c == '"') return s;
      if (c != '\\') { s += c; continue; }
      if (pos_ >= text_.size()) fail();
      char e = text_[pos_++];
      switch (e) {
        case '"': s += '"'; break;
        case '\\': s += '\\'; break;
        case '/': s += '/'; break;
        case 'n': s += '\n'; break;
        case 't': s += '\t'; break;
        case 'r': s += '\r'; break;
        case 'b': s += '\b'; break;
        case 'f': s += '\f'; break;
        case 'u': {
          if (pos_ + 4 > text_.size()) fail();
          long code = std::strtol(text_.substr(pos_, 4).c_str(), nullptr, 16);
          pos_ += 4;
          if (code >= 0x80) fail();  // the documents here are ASCII
          s += static_cast<char>(code);
          break;
        }
        default: fail();
      }
    }
  }

  Json parseInteger() {
    size_t start = pos_;
    if (text_[pos_] == '-') pos_++;
    while (pos_ < text_.size() && text_[pos_] >= '0' && text_[pos_] <= '9') pos_++;
    if (pos_ == start) fail();
    return Json::integer(std::stol(text_.substr(start, pos_ - start)));
  }

  const std::string& text_;
  size_t pos_ = 0;
};

Json document(long r) {
  Json records = Json::array();
  for (long i = 0; i < 200; i++) {
    Json record = Json::object();
    record.set("id", Json::integer(i + r));
    record.set("name", Json::string("user \"" + std::to_string(i) + "\""));
    record.set("active", Json::boolean(i % 2 == 0));
    record.set("score", Json::integer((i * 37 + r) % 1000));
    Json tags = Json::array();
    tags.add(Json::string("t" + std::to_string(i % 7)));
    tags.add(Json::string("back\\slash"));
    tags.add(Json::string("tab\there"));
    record.set("tags", std::move(tags));
    Json address = Json::object();
    address.set("street", Json::string("Main St. " + std::to_string(i)));
    address.set("zip", Json::string(std::to_string(10000 + i)));
    address.set("note", Json::string("line1\nline2"));
    record.set("address", std::move(address));
    record.set("parent", Json());
    records.add(std::move(record));
  }
  return records;
}

long round(long r) {
  std::string text;
  document(r).encode(text);
  long checksum = static_cast<long>(text.size());
  Json decoded = Parser(text).parse();
  for (const Json& record : decoded.items()) {
    checksum += record["id"].asInt() + record["score"].asInt();
    if (record["active"].asBool()) checksum++;
    checksum += static_cast<long>(record["tags"].items().size());
    const Json& address = record["address"];
    checksum += static_cast<long>(address["zip"].asString().size() + record["name"].asString().size());
    if (record["parent"].kind() == Json::Kind::kNull) checksum++;
  }
  return checksum;
}

}  // namespace

int main(int argc, char** argv) {
  long rounds = argc > 1 ? std::atol(argv[1]) : 1;
  long checksum = 0;
  for (long r = 0; r < rounds; r++) checksum += round(r);
  std::printf("%ld\n", checksum);
  return 0;
}
