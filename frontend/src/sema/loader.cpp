// Loading: the entry file, then every library it imports or exports, transitively. `dart:`
// libraries come from the core library sources (Options::sdkDir), `package:` libraries through
// the nearest .dart_tool/package_config.json (or --packages), as the Dart tool resolves them.
#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <unordered_set>

#include "base/json.h"
#include "sema/checker.h"
#include "syntax/parser.h"

namespace dartc::sema {

namespace fs = std::filesystem;

namespace {

// Libraries of the Dart SDK that dartc deliberately does not offer (DART_SUBSET.md).
bool isUnsupportedDartLibrary(std::string_view name) {
  return name == "mirrors" || name == "ffi" || name == "html" || name == "js" || name == "js_util" ||
         name == "js_interop" || name == "indexed_db" || name == "web_gl" || name == "svg" ||
         name == "web_audio" || name == "developer" || name == "cli" || name == "nativewrappers";
}

std::string fileUri(const std::string& absolutePath) { return "file://" + absolutePath; }

struct PackageConfig {
  bool loaded = false;
  std::unordered_map<std::string, std::string> packageLibDirs;  // name -> absolute dir of lib/
};

std::string uriToPath(const std::string& uri, const fs::path& base) {
  if (uri.rfind("file://", 0) == 0) return uri.substr(7);
  fs::path p(uri);
  if (p.is_absolute()) return p.lexically_normal().string();
  return (base / p).lexically_normal().string();
}

}  // namespace

class Loader {
 public:
  explicit Loader(Checker& c) : c_(c) {}

  bool run() {
    std::string error;
    fs::path mainPath = fs::absolute(c_.options.mainPath).lexically_normal();
    bool inMemory = c_.sources.find(mainPath.string()) != kNoFile;  // unit tests, the fuzzer
    if (!inMemory && !fs::exists(mainPath)) {
      c_.diags.error({}, "Couldn't find the file '" + c_.options.mainPath + "'.");
      return false;
    }
    if (!inMemory && fs::is_directory(mainPath)) {
      c_.diags.error({}, "'" + c_.options.mainPath + "' is a directory, not a Dart file.");
      return false;
    }
    loadPackageConfig(mainPath);
    LibraryInfo* core = load("dart:core", (fs::path(c_.options.sdkDir) / "core.dart").string(), true, {});
    if (!core) {
      c_.diags.error({}, "The core library was not found in '" + c_.options.sdkDir + "'; is dartc installed correctly?");
      return false;
    }
    c_.coreLibrary = core;
    LibraryInfo* main = load(fileUri(mainPath.string()), mainPath.string(), false, {});
    if (!main) return false;
    if (main->partOf) {
      c_.diags.error(main->partOf->loc, "'" + c_.options.mainPath +
                                            "' is a part of another library, not a library; compile the library that includes it.");
      return false;
    }
    c_.mainLibrary = main;
    // Libraries were appended as they were discovered; process pending directives breadth-first.
    for (size_t i = 0; i < c_.libraries.size(); ++i) resolveDirectives(c_.libraries[i].get());
    return !c_.diags.hasErrors();
  }

 private:
  // `written` is the URI as the import spells it, for the diagnostic when the file is missing.
  LibraryInfo* load(const std::string& uri, const std::string& path, bool isSdk, SourceLoc importLoc,
                    const std::string& written = {}) {
    auto known = byPath_.find(path);
    if (known != byPath_.end()) return known->second;
    std::string error;
    FileId file = c_.sources.load(path, error);
    if (file == kNoFile) {
      if (importLoc.valid()) c_.diags.error(importLoc, "Target of URI doesn't exist: '" + (written.empty() ? uri : written) + "'.");
      else if (!isSdk) c_.diags.error({}, error);
      return nullptr;
    }
    auto info = std::make_unique<LibraryInfo>();
    info->file = file;
    info->isSdk = isSdk;
    info->library = c_.arena().make<kernel::Library>(SourceLoc{file, 0});
    info->library->uri = uri;
    info->library->path = path;
    info->library->isCore = isSdk;
    auto start = std::chrono::steady_clock::now();
    info->units.push_back(syntax::parseFile(file, c_.sources, c_.astArena, c_.diags));
    c_.parseSeconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (!isSdk) {
      info->partOf = partOfHeader(info->units.front());
      // Its declarations belong to the library that includes it (with that library's imports);
      // checked here they would only add errors after the one about the import.
      if (info->partOf) info->units.front()->declarations.clear();
    }
    LibraryInfo* raw = info.get();
    byPath_[path] = raw;
    c_.libraries.push_back(std::move(info));
    c_.program.libraries.push_back(raw->library);
    return raw;
  }

  void resolveDirectives(LibraryInfo* lib) {
    if (lib->partOf) return;
    ast::CompilationUnit* unit = lib->units.front();
    fs::path dir = fs::path(lib->library->path).parent_path();
    bool importsCore = false;
    std::unordered_set<std::string> partPaths;
    for (ast::Directive* d : unit->directives) {
      switch (d->kind) {
        case ast::DirectiveKind::Library:
          break;
        case ast::DirectiveKind::Part:
          loadPart(lib, d, dir, partPaths);
          break;
        case ast::DirectiveKind::PartOf:
          break;  // only SDK files get here (a user part has `partOf` set): their header is not checked
        case ast::DirectiveKind::Import:
        case ast::DirectiveKind::Export: {
          if (d->isDeferred) {
            c_.diags.error(d->loc, "Deferred imports are not supported by dartc.");
            break;
          }
          LibraryInfo* target = resolveUri(lib, d->uri, d->uriLoc.valid() ? d->uriLoc : d->loc, dir);
          if (!target) break;
          if (target->partOf) {
            c_.diags.error(d->uriLoc.valid() ? d->uriLoc : d->loc,
                           std::string(d->kind == ast::DirectiveKind::Export ? "The exported" : "The imported") +
                               " library '" + d->uri + "' can't have a part-of directive.");
            break;
          }
          if (target == c_.coreLibrary) importsCore = true;
          ImportInfo info;
          info.target = target;
          info.directive = d;
          info.isExport = d->kind == ast::DirectiveKind::Export;
          (info.isExport ? lib->exports : lib->imports).push_back(info);
          break;
        }
      }
    }
    if (!importsCore && lib != c_.coreLibrary) {
      ImportInfo implicitCore;
      implicitCore.target = c_.coreLibrary;
      lib->imports.push_back(implicitCore);
    }
  }

  // `part 'uri';`: the file's declarations join the library's (they see its imports and its
  // private names). A user part must say whose part it is, as the analyzer requires.
  void loadPart(LibraryInfo* lib, ast::Directive* d, const fs::path& dir, std::unordered_set<std::string>& seen) {
    SourceLoc at = d->uriLoc.valid() ? d->uriLoc : d->loc;
    if (!lib->isSdk && d->uri.rfind("package:", 0) == 0) {
      c_.diags.error(at, "'part' with a package: URI is not supported yet; use a relative URI.");
      return;
    }
    std::string path = uriToPath(d->uri, dir);
    if (!seen.insert(path).second) {
      c_.diags.error(at, "The library already contains a part with the URI '" + d->uri + "'.");
      return;
    }
    std::string error;
    FileId file = c_.sources.load(path, error);
    if (file == kNoFile) {
      c_.diags.error(at, "Target of URI doesn't exist: '" + d->uri + "'.");
      return;
    }
    auto start = std::chrono::steady_clock::now();
    ast::CompilationUnit* unit = syntax::parseFile(file, c_.sources, c_.astArena, c_.diags);
    c_.parseSeconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (lib->isSdk || checkPartHeader(lib, at, unit, path)) lib->units.push_back(unit);
  }

  static const ast::Directive* partOfHeader(const ast::CompilationUnit* unit) {
    for (const ast::Directive* d : unit->directives) {
      if (d->kind == ast::DirectiveKind::PartOf) return d;
    }
    return nullptr;
  }

  // The part's `part of` must name this library, by URI or by its `library` name; a part has no
  // other directive (its library's imports are its own).
  bool checkPartHeader(const LibraryInfo* lib, SourceLoc at, const ast::CompilationUnit* part, const std::string& path) {
    const ast::Directive* header = partOfHeader(part);
    for (const ast::Directive* d : part->directives) {
      if (d != header) c_.diags.error(d->loc, "The part-of directive must be the only directive in a part.");
    }
    if (!header) {
      c_.diags.error(at, "The included part '" + fileUri(path) + "' must have a part-of directive.");
      return false;
    }
    if (header->libraryName.empty()) {
      if (uriToPath(header->uri, fs::path(path).parent_path()) == lib->library->path) return true;
      // The analyzer's arguments: the including library, then the part.
      c_.diags.error(at, "Expected this library to be part of '" + lib->library->uri + "', not '" + fileUri(path) + "'.");
      return false;
    }
    std::string name = libraryName(lib);
    if (name.empty()) {
      c_.diags.error(header->uriLoc, "The library is unnamed. A URI is expected, not a library name '" + header->libraryName +
                                         "', in the part-of directive.");
      return false;
    }
    if (name == header->libraryName) return true;
    c_.diags.error(at, "Expected this library to be part of '" + name + "', not '" + header->libraryName + "'.");
    return false;
  }

  static std::string libraryName(const LibraryInfo* lib) {
    for (const ast::Directive* d : lib->units.front()->directives) {
      if (d->kind == ast::DirectiveKind::Library) return d->libraryName;
    }
    return {};
  }

  LibraryInfo* resolveUri(LibraryInfo* from, const std::string& uri, SourceLoc loc, const fs::path& dir) {
    if (uri.rfind("dart:", 0) == 0) {
      std::string name = uri.substr(5);
      if (isUnsupportedDartLibrary(name)) {
        c_.diags.error(loc, "'" + uri + "' is not supported by dartc.");
        return nullptr;
      }
      // Private SDK libraries (dart:_internal) are visible to the SDK only.
      if (!name.empty() && name[0] == '_' && !from->isSdk) {
        c_.diags.error(loc, "Can't access '" + uri + "' because it is private to the SDK.");
        return nullptr;
      }
      std::string path = (fs::path(c_.options.sdkDir) / (name + ".dart")).string();
      if (!fs::exists(path)) {
        c_.diags.error(loc, "Target of URI doesn't exist: '" + uri + "'.");
        return nullptr;
      }
      return load(uri, path, true, loc);
    }
    if (uri.rfind("package:", 0) == 0) {
      std::string rest = uri.substr(8);
      size_t slash = rest.find('/');
      std::string package = rest.substr(0, slash);
      auto it = packages_.packageLibDirs.find(package);
      if (slash == std::string::npos || it == packages_.packageLibDirs.end()) {
        std::string why = packages_.loaded ? "the package config has no package named '" + package + "'"
                                           : "no .dart_tool/package_config.json was found (run 'dart pub get', or pass --packages)";
        c_.diags.error(loc, "Couldn't resolve the package '" + package + "' in '" + uri + "': " + why + ".");
        return nullptr;
      }
      std::string path = (fs::path(it->second) / rest.substr(slash + 1)).lexically_normal().string();
      return load(uri, path, false, loc);
    }
    if (uri.find(':') != std::string::npos && uri.rfind("file:", 0) != 0) {
      c_.diags.error(loc, "Unsupported URI scheme in '" + uri + "'.");
      return nullptr;
    }
    std::string path = uriToPath(uri, dir);
    // A library imported from a dart: library by relative path stays part of the SDK.
    std::string libUri = from->isSdk ? from->library->uri + "/" + uri : fileUri(path);
    if (from->library->uri.rfind("package:", 0) == 0) {
      std::string base = from->library->uri.substr(0, from->library->uri.rfind('/') + 1);
      libUri = (fs::path(base) / uri).lexically_normal().string();
    }
    return load(libUri, path, from->isSdk, loc, uri);
  }

  void loadPackageConfig(const fs::path& mainPath) {
    fs::path configPath;
    if (!c_.options.packagesFile.empty()) {
      configPath = fs::absolute(c_.options.packagesFile);
      if (!fs::exists(configPath)) {
        c_.diags.error({}, "The package config '" + c_.options.packagesFile + "' doesn't exist.");
        return;
      }
    } else {
      for (fs::path dir = mainPath.parent_path();; dir = dir.parent_path()) {
        fs::path candidate = dir / ".dart_tool" / "package_config.json";
        if (fs::exists(candidate)) {
          configPath = candidate;
          break;
        }
        if (dir == dir.root_path() || dir.empty()) break;
      }
    }
    if (configPath.empty()) return;
    std::ifstream in(configPath);
    std::stringstream buffer;
    buffer << in.rdbuf();
    json::Value root;
    std::string error;
    if (!json::parse(buffer.str(), root, error)) {
      c_.diags.error({}, "Couldn't read the package config '" + configPath.string() + "': " + error + ".");
      return;
    }
    const json::Value* packages = root.get("packages");
    if (!packages || packages->kind != json::Value::Kind::Array) {
      c_.diags.error({}, "The package config '" + configPath.string() + "' has no 'packages' list.");
      return;
    }
    fs::path configDir = configPath.parent_path();
    for (const json::Value& p : packages->array) {
      const json::Value* name = p.get("name");
      const json::Value* rootUri = p.get("rootUri");
      if (!name || !rootUri || name->kind != json::Value::Kind::String) continue;
      std::string root = uriToPath(rootUri->string, configDir);
      const json::Value* packageUri = p.get("packageUri");
      std::string libDir = packageUri ? uriToPath(packageUri->string, root) : root;
      packages_.packageLibDirs[name->string] = fs::path(libDir).lexically_normal().string();
    }
    packages_.loaded = true;
  }

  Checker& c_;
  std::unordered_map<std::string, LibraryInfo*> byPath_;
  PackageConfig packages_;
};

bool Checker::loadProgram() { return Loader(*this).run(); }

}  // namespace dartc::sema
