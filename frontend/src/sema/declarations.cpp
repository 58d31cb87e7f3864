// Declarations: a kernel shell for every class, member, typedef and extension of every library,
// then each library's export and import namespaces. Types are resolved later (class_headers.cpp,
// signatures.cpp) once every name exists.
#include "sema/checker.h"

namespace dartc::sema {

Checker::Checker(kernel::Program& p, SourceManager& s, Diagnostics& d, const frontend::Options& o)
    : program(p), sources(s), diags(d), options(o), ts(p) {}

kernel::Variable* Checker::newVariable(SourceLoc loc, std::string_view name, const DartType* type) {
  auto* v = arena().make<kernel::Variable>(loc);
  v->name = name;
  v->type = type;
  v->id = program.variableCount++;
  return v;
}

ClassInfo* Checker::newClassInfo(Class* cls, LibraryInfo* lib, ast::Decl* decl) {
  auto info = std::make_unique<ClassInfo>();
  info->cls = cls;
  info->library = lib;
  info->decl = decl;
  ClassInfo* raw = info.get();
  classInfos_[cls] = std::move(info);
  cls->id = program.classCount++;
  return raw;
}

bool ImportInfo::admits(Name name) const {
  if (!directive) return true;
  for (const ast::Combinator& c : directive->combinators) {
    bool listed = false;
    for (Name n : c.names) listed |= n == name;
    if (c.isShow && !listed) return false;
    if (!c.isShow && listed) return false;
  }
  return true;
}

namespace {

bool isPrivate(Name name) { return !name.empty() && name[0] == '_'; }

class DeclarationBuilder {
 public:
  DeclarationBuilder(Checker& c, LibraryInfo* lib) : c_(c), lib_(lib) {}

  void build() {
    for (ast::CompilationUnit* unit : lib_->units) {
      for (ast::Decl* decl : unit->declarations) declare(decl);
    }
  }

 private:
  void declare(ast::Decl* decl) {
    switch (decl->kind) {
      case ast::DeclKind::Class: declareClass(static_cast<ast::ClassDecl*>(decl)); break;
      case ast::DeclKind::Mixin: declareMixin(static_cast<ast::MixinDecl*>(decl)); break;
      case ast::DeclKind::Enum: declareEnum(static_cast<ast::EnumDecl*>(decl)); break;
      case ast::DeclKind::Extension: declareExtension(static_cast<ast::ExtensionDecl*>(decl)); break;
      case ast::DeclKind::Typedef: declareTypedef(static_cast<ast::TypedefDecl*>(decl)); break;
      case ast::DeclKind::Function: declareTopFunction(static_cast<ast::FunctionDeclaration*>(decl)); break;
      case ast::DeclKind::Variable: declareTopVariables(static_cast<ast::VariableDeclaration*>(decl)); break;
    }
  }

  // Adds a top-level name, reporting duplicates (a getter and a setter may share a name).
  TopBinding* bind(Name name, SourceLoc loc, bool isSetter) {
    TopBinding& b = lib_->declared[name];
    bool clash = isSetter ? (b.setter != nullptr || b.cls || b.typedefInfo || b.extension)
                          : (!b.empty() && !(b.setter && !b.getter && !b.cls && !b.typedefInfo && !b.extension));
    if (clash) {
      c_.error(loc, "The name '" + std::string(name) + "' is already defined.");
      return nullptr;
    }
    b.from = lib_;
    return &b;
  }

  Class* newClass(Name name, SourceLoc loc, ast::Decl* decl) {
    auto* cls = c_.arena().make<Class>(loc);
    cls->name = name;
    cls->library = lib_->library;
    lib_->library->classes.push_back(cls);
    c_.newClassInfo(cls, lib_, decl);
    if (TopBinding* b = bind(name, loc, false)) b->cls = cls;
    return cls;
  }

  void declareClass(ast::ClassDecl* d) {
    Class* cls = newClass(d->name, d->nameLoc.valid() ? d->nameLoc : d->loc, d);
    cls->isAbstract = d->modifiers.isAbstract || d->modifiers.isSealed;
    cls->isSealed = d->modifiers.isSealed;
    cls->isFinal = d->modifiers.isFinal;
    cls->isBase = d->modifiers.isBase;
    cls->isInterface = d->modifiers.isInterface;
    cls->typeParams = c_.declareTypeParams(d->typeParams, cls);
    ClassInfo* info = c_.infoOf(cls);
    info->members = &d->members;
    declareMembers(cls, info, d->members);
  }

  void declareMixin(ast::MixinDecl* d) {
    Class* cls = newClass(d->name, d->nameLoc.valid() ? d->nameLoc : d->loc, d);
    cls->isAbstract = true;
    cls->isMixinDeclaration = true;
    cls->isBase = d->isBase;
    cls->typeParams = c_.declareTypeParams(d->typeParams, cls);
    ClassInfo* info = c_.infoOf(cls);
    info->members = &d->members;
    declareMembers(cls, info, d->members);
  }

  void declareEnum(ast::EnumDecl* d) {
    Class* cls = newClass(d->name, d->nameLoc.valid() ? d->nameLoc : d->loc, d);
    cls->isEnum = true;
    cls->isFinal = true;
    cls->typeParams = c_.declareTypeParams(d->typeParams, cls);
    ClassInfo* info = c_.infoOf(cls);
    info->members = &d->members;
    declareMembers(cls, info, d->members);
    // One static const field per value, and `values`; their initializers are built by the
    // signature phase once the constructors are known.
    for (const ast::EnumValueDecl& v : d->values) {
      auto* f = c_.arena().make<Field>(v.loc);
      f->name = v.name;
      f->library = lib_->library;
      f->enclosingClass = cls;
      f->isStatic = true;
      f->isConst = true;
      f->isFinal = true;
      f->id = c_.program.memberCount++;
      cls->fields.push_back(f);
      addMember(info, f, v.name, v.loc, false);
    }
    auto* values = c_.arena().make<Field>(d->loc);
    values->name = "values";
    values->library = lib_->library;
    values->enclosingClass = cls;
    values->isStatic = true;
    values->isConst = true;
    values->isFinal = true;
    values->id = c_.program.memberCount++;
    cls->fields.push_back(values);
    addMember(info, values, "values", d->loc, false);
  }

  void addMember(ClassInfo* info, Member* m, Name name, SourceLoc loc, bool isSetter) {
    auto& map = isSetter ? info->setters : info->getters;
    auto& other = isSetter ? info->getters : info->setters;
    bool clash = map.count(name) != 0;
    // A setter may pair with a getter (or a non-final field's implicit setter may not).
    if (!clash && isSetter && other.count(name)) {
      Member* g = other[name];
      clash = g->memberKind != kernel::MemberKind::Procedure ||
              static_cast<Procedure*>(g)->kind != kernel::ProcedureKind::Getter;
    }
    if (!clash && !isSetter && other.count(name)) {
      Member* s = other[name];
      clash = m->memberKind != kernel::MemberKind::Procedure ||
              static_cast<Procedure*>(m)->kind != kernel::ProcedureKind::Getter ||
              s->memberKind == kernel::MemberKind::Field;
    }
    if (clash) {
      c_.error(loc, "The name '" + std::string(name) + "' is already defined.");
      return;
    }
    map[name] = m;
  }

  void declareMembers(Class* cls, ClassInfo* info, std::vector<ast::MemberDecl>& members) {
    for (ast::MemberDecl& m : members) {
      if (m.field) {
        for (ast::VarDeclarator& v : m.field->vars) {
          auto* f = c_.arena().make<Field>(v.loc);
          f->name = v.name;
          f->library = lib_->library;
          f->enclosingClass = cls;
          f->isStatic = m.field->modifiers.isStatic;
          f->isFinal = m.field->modifiers.isFinal || m.field->modifiers.isConst;
          f->isConst = m.field->modifiers.isConst;
          f->isLate = m.field->modifiers.isLate;
          f->isCovariant = m.field->modifiers.isCovariant;
          f->hasDeclaredInitializer = v.init != nullptr;
          f->annotations = {};
          f->id = c_.program.memberCount++;
          cls->fields.push_back(f);
          c_.fieldDeclarators[f] = &v;
          addMember(info, f, v.name, v.loc, false);
          if (f->hasSetter()) info->setters[v.name] = f;
        }
      } else if (m.method) {
        Procedure* p = newProcedure(m.method, cls);
        cls->procedures.push_back(p);
        addMember(info, p, p->name, m.method->loc, p->kind == kernel::ProcedureKind::Setter);
        c_.functionDecls[p] = m.method;
        c_.pendingBodies.push_back({p, m.method, nullptr, lib_, cls, nullptr});
      } else if (m.constructor) {
        ast::ConstructorDecl* cd = m.constructor;
        if (cd->className != cls->name) {
          c_.error(cd->loc, "The name of a constructor must match the name of the enclosing class.");
          continue;
        }
        if (cd->isFactory) {
          auto* p = c_.arena().make<Procedure>(cd->loc);
          p->name = cd->name;
          p->kind = kernel::ProcedureKind::Factory;
          p->library = lib_->library;
          p->enclosingClass = cls;
          p->isStatic = true;
          p->isExternal = cd->isExternal;
          p->isConst = cd->isConst;
          for (auto& pragma : pragmasOf(cd->annotations)) p->pragmas.push_back(pragma);
          p->id = c_.program.memberCount++;
          cls->procedures.push_back(p);
          // Factories are found by constructor lookup, so they share its namespace.
          if (info->constructors.count(cd->name) || info->factories.count(cd->name)) {
            c_.error(cd->loc, "The constructor with name '" + std::string(cd->name) + "' is already defined.");
            continue;
          }
          info->factories[cd->name] = p;
          c_.factoryDecls.push_back({p, cd, lib_, cls});
          continue;
        }
        auto* k = c_.arena().make<Constructor>(cd->loc);
        k->name = cd->name;
        k->library = lib_->library;
        k->enclosingClass = cls;
        k->isConst = cd->isConst;
        k->isExternal = cd->isExternal;
        k->id = c_.program.memberCount++;
        if (info->constructors.count(cd->name) || info->factories.count(cd->name)) {
          c_.error(cd->loc, cd->name.empty() ? "The unnamed constructor is already defined."
                                             : "The constructor with name '" + std::string(cd->name) + "' is already defined.");
          continue;
        }
        info->constructors[cd->name] = k;
        cls->constructors.push_back(k);
        c_.constructorDecls[k] = cd;
        c_.pendingBodies.push_back({k, nullptr, cd, lib_, cls, nullptr});
      }
    }
  }

  // `@pragma('name')` and `@pragma('name', 'option')` with plain string literals, honoured in
  // dart: libraries; a program's own code gets only the VM's inlining hints (`vm:prefer-inline`,
  // `vm:never-inline`), which change no behaviour.
  std::vector<std::pair<Name, Name>> pragmasOf(const std::vector<ast::Expr*>& annotations) {
    std::vector<std::pair<Name, Name>> out;
    auto honoured = [&](std::string_view name) {
      return lib_->isSdk || name == "vm:prefer-inline" || name == "vm:never-inline";
    };
    for (ast::Expr* a : annotations) {
      if (a->kind != ast::ExprKind::MethodCall) continue;
      auto* call = static_cast<ast::MethodCallExpr*>(a);
      size_t n = call->args.args.size();
      if (call->target || call->name != "pragma" || n < 1 || n > 2) continue;
      auto text = [](ast::Expr* e) -> std::string {
        if (e->kind != ast::ExprKind::StringLiteral) return {};
        auto* s = static_cast<ast::StringLiteralExpr*>(e);
        if (!s->isSimple() || s->parts.empty()) return {};
        return std::string(s->parts[0].text.begin(), s->parts[0].text.end());
      };
      std::string name = text(call->args.args[0].value);
      if (!honoured(name)) continue;
      out.push_back({c_.keep(name), n == 2 ? c_.keep(text(call->args.args[1].value)) : Name{}});
    }
    return out;
  }

  Procedure* newProcedure(ast::FunctionDecl* fd, Class* cls) {
    auto* p = c_.arena().make<Procedure>(fd->loc);
    for (auto& [name, option] : pragmasOf(fd->annotations)) {
      // `@pragma('dartc:native', 'symbol')`: the runtime function implementing an external.
      if (name == "dartc:native") p->nativeName = option;
      p->pragmas.push_back({name, option});
    }
    p->name = fd->name;
    p->library = lib_->library;
    p->enclosingClass = cls;
    p->isStatic = cls == nullptr || fd->isStatic;
    p->isExternal = fd->isExternal;
    p->isAbstract = cls != nullptr && !fd->isStatic && !fd->isExternal && !fd->blockBody && !fd->arrowBody;
    switch (fd->functionKind) {
      case ast::FunctionKind::Function: p->kind = kernel::ProcedureKind::Method; break;
      case ast::FunctionKind::Getter: p->kind = kernel::ProcedureKind::Getter; break;
      case ast::FunctionKind::Setter: p->kind = kernel::ProcedureKind::Setter; break;
      case ast::FunctionKind::Operator: p->kind = kernel::ProcedureKind::Operator; break;
    }
    p->id = c_.program.memberCount++;
    return p;
  }

  void declareExtension(ast::ExtensionDecl* d) {
    c_.extensions_.push_back(std::make_unique<ExtensionInfo>());
    ExtensionInfo* ext = c_.extensions_.back().get();
    ext->name = d->name;
    ext->library = lib_;
    ext->decl = d;
    ext->typeParams = c_.declareTypeParams(d->typeParams, nullptr);
    Checker::ExtensionTypeMembers synthesized;
    if (d->isExtensionType) {
      // An extension type is a type: its name binds to the class standing for it, and its
      // members are found through that class, not through the extensions in scope.
      Class* cls = c_.declareExtensionType(ext, lib_, synthesized);
      if (TopBinding* b = bind(d->name, d->nameLoc.valid() ? d->nameLoc : d->loc, false)) b->cls = cls;
    } else {
      lib_->extensions.push_back(ext);
      if (!d->name.empty()) {
        if (TopBinding* b = bind(d->name, d->nameLoc.valid() ? d->nameLoc : d->loc, false)) b->extension = ext;
      }
    }
    std::string prefix = d->name.empty() ? "<unnamed>" : std::string(d->name);
    for (auto& [ctorName, fd] : synthesized.constructors) {
      Procedure* p = newProcedure(fd, nullptr);
      p->name = c_.keep(prefix + "|" + (ctorName.empty() ? std::string("new") : std::string(ctorName)));
      lib_->library->procedures.push_back(p);
      c_.functionDecls[p] = fd;
      c_.extensionOfMember[p] = ext;
      ext->constructors[ctorName] = p;
      c_.infoOf(ext->typeClass)->factories[ctorName] = p;
      c_.pendingBodies.push_back({p, fd, nullptr, lib_, nullptr, ext});
    }
    // The representation getter and the other synthesized members: instance members of the
    // extension, found by name like declared ones.
    auto addSynthesizedMember = [&](ast::FunctionDecl* fd) {
      Procedure* p = newProcedure(fd, nullptr);
      p->name = c_.keep(prefix + "|" + std::string(fd->name));
      p->isExtensionMember = true;
      lib_->library->procedures.push_back(p);
      c_.functionDecls[p] = fd;
      c_.extensionOfMember[p] = ext;
      ext->members[fd->name].getter = p;
      c_.pendingBodies.push_back({p, fd, nullptr, lib_, nullptr, ext});
      return p;
    };
    if (ast::FunctionDecl* fd = synthesized.representationGetter) {
      c_.representationGetters.insert(addSynthesizedMember(fd));
    }
    for (ast::FunctionDecl* fd : synthesized.bodies) addSynthesizedMember(fd);
    for (ast::MemberDecl& m : d->members) {
      if (m.constructor) {
        if (!d->isExtensionType) c_.error(m.constructor->loc, "Extensions can't declare constructors.");
        continue;
      }
      if (m.field) {
        if (!m.field->modifiers.isStatic) {
          if (d->isExtensionType) {
            SourceLoc at = m.field->vars.empty() ? m.field->loc : m.field->vars[0].loc;
            c_.error(at, "Extension types can't declare instance fields.");
          } else {
            c_.error(m.field->loc, "Extensions can't declare instance fields.");
          }
          continue;
        }
        for (ast::VarDeclarator& v : m.field->vars) {
          auto* f = c_.arena().make<Field>(v.loc);
          f->name = c_.keep(prefix + "|" + std::string(v.name));
          f->library = lib_->library;
          f->isStatic = true;
          f->isFinal = m.field->modifiers.isFinal || m.field->modifiers.isConst;
          f->isConst = m.field->modifiers.isConst;
          f->isLate = m.field->modifiers.isLate;
          f->id = c_.program.memberCount++;
          lib_->library->fields.push_back(f);
          c_.fieldDeclarators[f] = &v;
          ext->staticMembers[v.name].field = f;
        }
        continue;
      }
      ast::FunctionDecl* fd = m.method;
      if (d->isExtensionType && !fd->isStatic && !fd->isExternal && !fd->blockBody && !fd->arrowBody) {
        c_.error(fd->loc, "'" + std::string(fd->name) + "' must have a method body because '" + std::string(d->name) +
                              "' is an extension type.");
        continue;
      }
      if (d->isExtensionType && !fd->isStatic &&
          (fd->name == "==" || fd->name == "hashCode" || fd->name == "toString" || fd->name == "noSuchMethod" ||
           fd->name == "runtimeType")) {
        // They would shadow Object's members statically while the representation's run.
        c_.error(fd->loc, "Extension types can't declare members with the same name as a member declared by 'Object'.");
        continue;
      }
      if (d->isExtensionType && fd->name == ext->representationName && fd->functionKind != ast::FunctionKind::Setter) {
        c_.error(fd->loc, "The name '" + std::string(fd->name) + "' is already defined.");
        continue;
      }
      Procedure* p = newProcedure(fd, nullptr);
      p->name = c_.keep(prefix + "|" + std::string(fd->name));
      p->isExtensionMember = !fd->isStatic;
      p->isStatic = true;
      p->isAbstract = false;
      lib_->library->procedures.push_back(p);
      c_.functionDecls[p] = fd;
      c_.extensionOfMember[p] = ext;
      auto& table = fd->isStatic ? ext->staticMembers : ext->members;
      if (p->kind == kernel::ProcedureKind::Setter) table[fd->name].setter = p;
      else table[fd->name].getter = p;
      c_.pendingBodies.push_back({p, fd, nullptr, lib_, nullptr, ext});
    }
  }

  void declareTypedef(ast::TypedefDecl* d) {
    c_.typedefs_.push_back(std::make_unique<TypedefInfo>());
    TypedefInfo* td = c_.typedefs_.back().get();
    td->name = d->name;
    td->library = lib_;
    td->decl = d;
    td->typeParams = c_.declareTypeParams(d->typeParams, nullptr);
    if (TopBinding* b = bind(d->name, d->nameLoc.valid() ? d->nameLoc : d->loc, false)) b->typedefInfo = td;
  }

  void declareTopFunction(ast::FunctionDeclaration* d) {
    Procedure* p = newProcedure(d->function, nullptr);
    lib_->library->procedures.push_back(p);
    c_.functionDecls[p] = d->function;
    c_.pendingBodies.push_back({p, d->function, nullptr, lib_, nullptr, nullptr});
    bool isSetter = p->kind == kernel::ProcedureKind::Setter;
    if (TopBinding* b = bind(p->name, d->function->loc, isSetter)) {
      if (isSetter) b->setter = p;
      else b->getter = p;
    }
  }

  void declareTopVariables(ast::VariableDeclaration* d) {
    ast::FieldDecl* fd = d->field;
    for (ast::VarDeclarator& v : fd->vars) {
      auto* f = c_.arena().make<Field>(v.loc);
      f->name = v.name;
      f->library = lib_->library;
      f->isStatic = true;
      f->isFinal = fd->modifiers.isFinal || fd->modifiers.isConst;
      f->isConst = fd->modifiers.isConst;
      f->isLate = fd->modifiers.isLate;
      f->hasDeclaredInitializer = v.init != nullptr;
      f->id = c_.program.memberCount++;
      lib_->library->fields.push_back(f);
      c_.fieldDeclarators[f] = &v;
      if (TopBinding* b = bind(v.name, v.loc, false)) {
        b->getter = f;
        if (f->hasSetter()) b->setter = f;
      }
    }
  }

  Checker& c_;
  LibraryInfo* lib_;
};

// --- Namespaces --------------------------------------------------------------------------------

void addToNamespace(Checker& c, Namespace& ns, Name name, const TopBinding& b) {
  auto it = ns.find(name);
  if (it == ns.end()) {
    ns.emplace(name, b);
    return;
  }
  if (it->second.sameAs(b)) return;
  // A getter from one import and a setter from another combine; anything else is ambiguous
  // (reported only when the name is used, as Dart does).
  if (!it->second.getter && !it->second.cls && !it->second.typedefInfo && !it->second.extension && b.getter && !b.setter) {
    it->second.getter = b.getter;
    return;
  }
  it->second.ambiguous = true;
}

void computeExports(Checker& c, LibraryInfo* lib) {
  if (lib->exportsComputed || lib->exportsComputing) return;
  lib->exportsComputing = true;
  for (const auto& [name, b] : lib->declared) {
    if (!isPrivate(name)) lib->exported.emplace(name, b);
  }
  for (const ImportInfo& e : lib->exports) {
    computeExports(c, e.target);
    for (const auto& [name, b] : e.target->exported) {
      if (!e.admits(name) || lib->declared.count(name)) continue;
      addToNamespace(c, lib->exported, name, b);
    }
  }
  lib->exportsComputing = false;
  lib->exportsComputed = true;
}

void computeImports(Checker& c, LibraryInfo* lib) {
  for (const ImportInfo& imp : lib->imports) {
    computeExports(c, imp.target);
    Name prefix = imp.directive ? imp.directive->prefix : Name();
    Namespace& ns = prefix.empty() ? lib->imported : lib->prefixes[prefix];
    for (const auto& [name, b] : imp.target->exported) {
      if (!imp.admits(name)) continue;
      // dart:core's names lose against any other import (the implicit import is weakest).
      if (imp.target == c.coreLibrary && !imp.directive && ns.count(name)) continue;
      if (ns.count(name) && ns[name].from && ns[name].from->isSdk && !b.from->isSdk) {
        ns[name] = b;  // a user library's name shadows a dart: library's
        continue;
      }
      if (ns.count(name) && b.from && b.from->isSdk && ns[name].from && !ns[name].from->isSdk) continue;
      addToNamespace(c, ns, name, b);
    }
    if (prefix.empty()) {
      for (ExtensionInfo* e : imp.target->extensions) lib->extensionsInScope.push_back(e);
      // Extensions re-exported by the imported library.
      for (const auto& [name, b] : imp.target->exported) {
        if (b.extension && b.extension->library != imp.target && imp.admits(name)) lib->extensionsInScope.push_back(b.extension);
      }
    } else {
      for (ExtensionInfo* e : imp.target->extensions) lib->extensionsInScope.push_back(e);
    }
  }
  for (ExtensionInfo* e : lib->extensions) lib->extensionsInScope.push_back(e);
}

}  // namespace

void Checker::buildDeclarations() {
  for (auto& lib : libraries) DeclarationBuilder(*this, lib.get()).build();
  for (auto& lib : libraries) computeImports(*this, lib.get());
}

}  // namespace dartc::sema
