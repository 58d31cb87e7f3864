// The semantic analysis of a whole compilation: loading libraries, building declarations,
// resolving names and types, checking and lowering bodies to kernel. `Checker` holds the state
// shared by those phases; each phase lives in its own file (loader.cpp, declarations.cpp,
// class_members.cpp, type_resolution.cpp, and the body checker).
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "frontend/diagnostics.h"
#include "frontend/frontend.h"
#include "frontend/program.h"
#include "sema/type_system.h"
#include "syntax/ast.h"

namespace dartc::sema {

using ast::Name;
using kernel::Constructor;
using kernel::Field;
using kernel::Member;
using kernel::Procedure;

struct LibraryInfo;
struct ClassInfo;

struct TypedefInfo {
  Name name;
  LibraryInfo* library = nullptr;
  ast::TypedefDecl* decl = nullptr;
  std::vector<TypeParameter*> typeParams;
  const DartType* aliased = nullptr;  // resolved on first use
  bool resolving = false;
};

// An extension's members, lowered to static procedures whose first parameter is `this`.
struct ExtensionMember {
  Procedure* getter = nullptr;  // getter, or method/operator (called or torn off)
  Procedure* setter = nullptr;
  Field* field = nullptr;       // static fields of the extension
};

struct ExtensionInfo {
  Name name;  // empty for unnamed extensions
  LibraryInfo* library = nullptr;
  ast::ExtensionDecl* decl = nullptr;
  std::vector<TypeParameter*> typeParams;
  const DartType* onType = nullptr;
  std::unordered_map<Name, ExtensionMember> members;         // instance members
  std::unordered_map<Name, ExtensionMember> staticMembers;   // static members
  // Extension types (extension_types.cpp): `onType` is the type itself over the members' type
  // parameters; `typeClass` is a class that exists only during analysis, so that the type can
  // be an InterfaceType (subtyping through `implements`, hash-consing); erasure replaces it by
  // its representation type before the Program leaves the frontend.
  Class* typeClass = nullptr;
  const DartType* representationType = nullptr;  // over typeClass's type parameters
  Name representationName;
  // Constructors, lowered to generic static functions over their own copies of the type
  // parameters; also listed as "factories" of typeClass, so calls are checked as factory calls.
  std::unordered_map<Name, Procedure*> constructors;
};

// What a top-level name denotes. A name can be a getter/setter pair.
struct TopBinding {
  Class* cls = nullptr;
  TypedefInfo* typedefInfo = nullptr;
  ExtensionInfo* extension = nullptr;
  Member* getter = nullptr;  // top-level function, getter or variable
  Member* setter = nullptr;  // top-level setter or non-final variable
  // Set when two imports provide different declarations for the name.
  bool ambiguous = false;
  LibraryInfo* from = nullptr;  // where it was declared

  bool empty() const { return !cls && !typedefInfo && !extension && !getter && !setter; }
  bool isType() const { return cls || typedefInfo; }
  bool sameAs(const TopBinding& o) const {
    return cls == o.cls && typedefInfo == o.typedefInfo && extension == o.extension && getter == o.getter &&
           setter == o.setter;
  }
};

struct ImportInfo {
  LibraryInfo* target = nullptr;
  ast::Directive* directive = nullptr;  // null for the implicit dart:core import
  bool isExport = false;
  bool admits(Name name) const;  // show/hide
};

using Namespace = std::unordered_map<Name, TopBinding>;

struct LibraryInfo {
  kernel::Library* library = nullptr;
  FileId file = kNoFile;
  bool isSdk = false;
  std::vector<ast::CompilationUnit*> units;  // the library file, then its parts
  // Set when the file is a part (`part of ...;`) that was imported or compiled as a library: it
  // is not one, so it declares nothing here (loader.cpp reports it).
  const ast::Directive* partOf = nullptr;
  std::vector<ImportInfo> imports;
  std::vector<ImportInfo> exports;
  Namespace declared;  // own top-level declarations (public and private)
  Namespace exported;  // what importers see
  Namespace imported;  // the union of non-prefixed imports
  std::unordered_map<Name, Namespace> prefixes;
  std::vector<ExtensionInfo*> extensions;         // declared here
  std::vector<ExtensionInfo*> extensionsInScope;  // declared here or imported
  bool exportsComputed = false;
  bool exportsComputing = false;
};

// The checker's side data of a kernel class.
struct ClassInfo {
  Class* cls = nullptr;
  LibraryInfo* library = nullptr;
  ast::Decl* decl = nullptr;  // ClassDecl, MixinDecl or EnumDecl (null for synthetic classes)
  std::vector<ast::MemberDecl>* members = nullptr;
  // Members declared in this class, by name. Methods, getters, fields and operators are in
  // `getters`; setters and non-final fields also in `setters`.
  std::unordered_map<Name, Member*> getters;
  std::unordered_map<Name, Member*> setters;
  std::unordered_map<Name, Constructor*> constructors;
  std::unordered_map<Name, Procedure*> factories;
  bool headerResolved = false;
  bool headerResolving = false;
  bool signaturesResolved = false;
  // Interface lookup cache: member visible on the class's interface (inherited included).
  std::unordered_map<std::string, Member*> interfaceCache;
};

enum class LookupKind { Getter, Setter };

// Which failures of constant evaluation are reported: none, all, or only those with a specific
// diagnostic (division by zero, a non-const constructor...) while the caller words "not a
// constant" itself (a const variable's initializer).
enum class ConstantErrors { None, All, SpecificOnly };

// The state of one compilation's semantic analysis.
class Checker {
 public:
  Checker(kernel::Program& program, SourceManager& sources, Diagnostics& diags, const frontend::Options& options);

  kernel::Program& program;
  SourceManager& sources;
  Diagnostics& diags;
  const frontend::Options& options;
  TypeSystem ts;
  ast::AstArena astArena;
  kernel::NodeArena& arena() { return program.arena; }
  kernel::TypeStore& types() { return program.types; }
  const kernel::CoreTypes& core() const { return program.core; }

  // --- Loading (loader.cpp) -------------------------------------------------------------
  bool loadProgram();  // the main library and its transitive imports
  std::vector<std::unique_ptr<LibraryInfo>> libraries;  // in load order
  LibraryInfo* coreLibrary = nullptr;
  LibraryInfo* mainLibrary = nullptr;
  double parseSeconds = 0;

  // --- Declarations (declarations.cpp) ----------------------------------------------------
  void buildDeclarations();  // shells for every class/member, then namespaces
  void resolveClassHeaders();
  void resolveSignatures();
  void checkClassHierarchies();  // overrides, abstract members, constructors
  void resolveCoreTypes();
  void resolveExtensionHeaders();
  // --- Extension types (extension_types.cpp) ------------------------------------------------
  // The class standing for the extension type `ext` (see ExtensionInfo::typeClass), and its
  // constructors and representation getter as synthesized function declarations, which are
  // then declared and checked like static and instance extension members.
  struct ExtensionTypeMembers {
    std::vector<std::pair<Name, ast::FunctionDecl*>> constructors;
    ast::FunctionDecl* representationGetter = nullptr;
    std::vector<ast::FunctionDecl*> bodies;  // constructor bodies, as instance members
  };
  Class* declareExtensionType(ExtensionInfo* ext, LibraryInfo* lib, ExtensionTypeMembers& out);
  void resolveExtensionTypeHeader(ExtensionInfo* ext);
  ExtensionInfo* extensionTypeOf(const Class* cls) const {
    auto it = extensionTypeClasses.find(cls);
    return it == extensionTypeClasses.end() ? nullptr : it->second;
  }
  // The extension type whose constructor `p` is, if it is one.
  ExtensionInfo* extensionTypeOfConstructor(const Procedure* p) const;
  // `t` with every extension type replaced by its erasure (exhaustiveness works on erasures).
  const DartType* extensionTypeErasure(const DartType* t);
  // Replaces every extension type in the Program by its erasure (run after checkBodies).
  void eraseExtensionTypes();
  std::unordered_map<const Class*, ExtensionInfo*> extensionTypeClasses;
  std::unordered_set<const Procedure*> representationGetters;
  std::vector<Class*> extensionTypeHeaderStack;  // headers being resolved (cycle reports)
  void buildFactorySignatures();
  void copyMixinMembers(Class* cls);
  void buildConstructorSignatures(Class* cls);
  void typeSuperParameters(Constructor* k, ast::ConstructorDecl* decl);
  void checkOverrides(Class* cls);
  // noSuchMethod forwarders (nsm_forwarders.cpp): implements the interface member `member` (its
  // setter when `setter`) in `cls` by calling noSuchMethod; parameter defaults are copied once
  // the bodies have been checked (finishNoSuchMethodForwarders).
  void addNoSuchMethodForwarder(Class* cls, Member* member, bool setter);
  void finishNoSuchMethodForwarders();
  std::vector<std::pair<kernel::Variable*, kernel::Variable*>> pendingForwarderDefaults;  // (copy, original)
  // Field promotion (Dart 3.2): a private, final instance field is promotable unless its library
  // also has a non-final field, a concrete getter, or an implicit noSuchMethod forwarder with the
  // same name.
  bool isPromotableField(Field* f);
  std::unordered_map<const Field*, bool> promotableFields;
  // Is that parameter of `cls`'s member `member` covariant, by its own `covariant` or one it
  // inherits from an overridden member (positional `index`, or the named one `named`)?
  bool isCovariantParameter(Class* cls, Name member, bool setter, size_t index, Name named);
  // Records inherited covariance on the overriding parameter, so it is checked at run time.
  void markCovariant(Member* m, size_t index, Name named);
  // Whether a parameter of `member` in `cls` overrides a parameter (or field setter) that is
  // checked at run time, so that it must be checked as well.
  void checkEveryClassHierarchy();
  // Forwarding constructors of mixin applications take their defaults from the target's params.
  std::unordered_map<kernel::Variable*, kernel::Variable*> forwardedDefaults;
  std::unordered_map<Field*, const Substitution*> mixinFieldSubstitutions;
  const DartType* inferFieldType(Field* field, ast::Expr* init, LibraryInfo* lib);
  ClassInfo* infoOf(const Class* cls) { return classInfos_.at(cls).get(); }
  bool hasInfo(const Class* cls) const { return classInfos_.count(cls) != 0; }
  ClassInfo* newClassInfo(Class* cls, LibraryInfo* lib, ast::Decl* decl);
  void ensureHeader(Class* cls);
  // Restrictions of `base`, `final` and `mixin class` that hold in every library
  // (class_modifiers.cpp); run once every header is resolved.
  void checkClassModifiers();
  const Class* restrictingSupertype(const Class* s, std::unordered_set<const Class*>& seen);
  std::vector<Class*> headerStack_;  // classes whose headers are being resolved (cycle reports)
  void ensureSignatures(Class* cls);
  // Field types are inferred from initializers on demand (top-level inference).
  const DartType* fieldType(Field* field);
  std::unordered_map<Field*, std::pair<ast::Expr*, LibraryInfo*>> pendingFieldInits;
  std::unordered_map<Field*, ast::VarDeclarator*> fieldDeclarators;
  std::unordered_set<Field*> inferringFields;

  // --- Names and types (type_resolution.cpp) ---------------------------------------------
  // The binding of a top-level name as seen from `lib` (own declarations shadow imports).
  TopBinding lookupTop(LibraryInfo* lib, Name name);
  const Namespace* lookupPrefix(LibraryInfo* lib, Name prefix);
  // Resolves a written type. `typeScope` maps names of type parameters in scope.
  using TypeScope = std::vector<const std::vector<TypeParameter*>*>;
  const DartType* resolveType(ast::TypeNode* node, LibraryInfo* lib, const TypeScope& scope);
  const DartType* resolveTypeOrDynamic(ast::TypeNode* node, LibraryInfo* lib, const TypeScope& scope) {
    return node ? resolveType(node, lib, scope) : types().dynamicType();
  }
  std::vector<TypeParameter*> declareTypeParams(const std::vector<ast::TypeParam*>& params, Class* owner);
  void resolveTypeParamBounds(const std::vector<ast::TypeParam*>& nodes, const std::vector<TypeParameter*>& params,
                              LibraryInfo* lib, const TypeScope& scope);
  // `C` written without type arguments: C<bounds> (instantiate to bounds).
  const InterfaceType* instantiateToBounds(Class* cls);
  const DartType* expandTypedef(TypedefInfo* td, const std::vector<const DartType*>& args, SourceLoc loc);

  // --- Class members (class_members.cpp) ---------------------------------------------------
  // A member on the interface of `cls` (declared or inherited through extends/implements/with).
  Member* lookupInterfaceMember(Class* cls, Name name, LookupKind kind);
  Member* combinedMember(Class* cls, const std::vector<Member*>& inherited, LookupKind kind);
  void checkInheritedImplementation(Class* cls, Member* impl, LookupKind kind);
  // The concrete implementation inherited by `cls` through its superclass chain (super calls).
  Member* lookupConcreteMember(Class* cls, Name name, LookupKind kind, bool skipSelf);
  Member* lookupStaticMember(Class* cls, Name name, LookupKind kind);
  Constructor* lookupConstructor(Class* cls, Name name);
  // `C.new` / `C.named` (constructor_tear_offs.cpp): a synthetic static function with the
  // constructor's parameters that calls it, made once per constructor; null when cls has no
  // such constructor or factory, or cannot be instantiated.
  Procedure* constructorTearOff(Class* cls, Name ctorName);
  std::map<std::pair<Class*, Name>, Procedure*> constructorTearOffs;
  // The type of `member` when accessed on a receiver of `receiverType` (getter: its value
  // type; method: its function type; setter: its parameter type).
  const DartType* getterType(Member* member, const DartType* receiverType);
  // The type a read of `member` has, in terms of its class's own type parameters (null when it
  // has none: not a field, getter or method).
  const DartType* declaredGetterType(Member* member);
  const DartType* setterType(Member* member, const DartType* receiverType);
  const FunctionType* methodType(Procedure* proc, const DartType* receiverType);
  // Substitution from the member's class parameters, as seen on the receiver type.
  Substitution receiverSubstitution(Member* member, const DartType* receiverType);

  // --- Bodies (body_checker.cpp and friends) ------------------------------------------------
  void checkBodies();
  // Constant evaluation (constants.cpp): null when `expr` is not a constant expression.
  kernel::Constant* evaluateConstant(kernel::Expression* expr, bool reportErrors);
  kernel::Constant* evaluateConstant(kernel::Expression* expr, ConstantErrors report);
  kernel::Constant* constantOfField(Field* field);
  // The constant of a symbol literal `#name` (null when dart:core has no Symbol class).
  kernel::Constant* symbolConstant(std::string_view name);
  // String/int/bool.fromEnvironment and bool.hasEnvironment (environment.cpp): evaluated at
  // compile time from the -D declarations (Options::environment).
  bool isEnvironmentConstructor(const kernel::Procedure* p) const;
  std::optional<std::u16string> environmentValue(std::u16string_view name);
  kernel::Constant* environmentConstant(const kernel::Procedure* target, const std::u16string& name,
                                        kernel::Constant* defaultValue);
  // Checks a static or top-level field's initializer now if it is still pending.
  void ensureStaticInitializer(Field* field);
  // Evaluates an enum's values now if not done yet (a constant may use them before checkBodies).
  void ensureEnumValues(Class* cls);
  std::unordered_set<const Class*> enumValuesChecked;
  std::unordered_map<Field*, kernel::Constant*> fieldConstants;
  std::unordered_set<Field*> evaluatingFields;

  // --- Helpers ---------------------------------------------------------------------------------
  void error(SourceLoc loc, std::string message) {
    if (suppressErrors == 0) diags.error(loc, std::move(message));
  }
  std::string_view keep(std::string s) { return arena().keep(std::move(s)); }
  std::string typeName(const DartType* t) const { return t->toString(); }
  kernel::Variable* newVariable(SourceLoc loc, std::string_view name, const DartType* type);
  // Errors are not reported while this is positive (re-checking mixin members per application).
  int suppressErrors = 0;
  uint32_t nextSiteId() { return program.callSiteCount++; }

  std::unordered_map<const Class*, std::unique_ptr<ClassInfo>> classInfos_;
  std::vector<std::unique_ptr<TypedefInfo>> typedefs_;
  std::vector<std::unique_ptr<ExtensionInfo>> extensions_;
  // Bodies to check, recorded while building declarations.
  struct PendingBody {
    Member* member;
    ast::FunctionDecl* function = nullptr;
    ast::ConstructorDecl* constructor = nullptr;
    LibraryInfo* library;
    Class* cls;                  // enclosing class, if any
    ExtensionInfo* extension;    // enclosing extension, if any
    // For members copied into a mixin application: the mixin's type parameters in terms of the
    // application's, applied to every type written in the body; errors were already reported
    // when the mixin itself was checked.
    const Substitution* mixinSubstitution = nullptr;
  };
  std::vector<std::unique_ptr<Substitution>> mixinSubstitutions;
  std::vector<PendingBody> pendingBodies;
  std::unordered_map<const Member*, size_t> pendingBodyIndex;  // member -> pendingBodies index
  std::unordered_set<size_t> checkedBodies;
  // Optional super parameters without a default: the super constructor's parameter whose default
  // they take, and that constructor (whose body check sets the default).
  struct InheritedDefault {
    const kernel::Variable* superParameter;
    const kernel::Constructor* superConstructor;
  };
  std::unordered_map<const kernel::Variable*, InheritedDefault> superParameterDefaults;
  // Checks a pending body now (constant evaluation needs const constructors' initializers).
  void ensureBodyChecked(const Member* member);
  // The default value of an optional parameter, following the parameters whose default it takes
  // (super parameters, mixin application forwarding constructors); null when it has none.
  kernel::Expression* defaultValueOf(const kernel::Variable* parameter);
  void checkPendingBody(size_t index);
  // Field initializers of instance fields (checked in the class's context).
  struct PendingField {
    Field* field;
    ast::Expr* init;
    LibraryInfo* library;
    Class* cls;
    ExtensionInfo* extension;
  };
  std::vector<PendingField> pendingFieldBodies;
  struct FactoryDecl {
    Procedure* procedure;
    ast::ConstructorDecl* decl;
    LibraryInfo* library;
    Class* cls;
  };
  std::vector<FactoryDecl> factoryDecls;
  std::unordered_set<const Procedure*> checkedFactories;
  // Builds a factory's body now, once: constant evaluation needs a const redirecting factory's
  // target before the factories' turn in checkBodies.
  void ensureFactoryChecked(const Procedure* factory);
  std::unordered_map<Member*, ast::FunctionDecl*> functionDecls;  // for parameter defaults
  std::unordered_map<Constructor*, ast::ConstructorDecl*> constructorDecls;
  std::unordered_map<Procedure*, ExtensionInfo*> extensionOfMember;
  std::unordered_map<Member*, ast::FormalParam*> fieldFormalOwners;
};

// Builds a function's parameters and signature (signatures.cpp). `cls` is the enclosing class for
// `this.x` parameters; `overridden` (seen on `overriddenReceiver`) supplies omitted types.
kernel::FunctionNode* buildFunctionNode(Checker& c, SourceLoc loc, const std::vector<ast::FormalParam*>& params,
                                        ast::TypeNode* returnNode, std::vector<TypeParameter*> typeParams,
                                        LibraryInfo* lib, const Checker::TypeScope& scope, Class* cls,
                                        Member* overridden, const DartType* overriddenReceiver,
                                        const DartType* defaultReturn);

// A copy of a function's parameters and signature with `s` applied to their types (the type
// parameters are shared; default values and the body are not copied).
kernel::FunctionNode* copyFunctionSignature(Checker& c, kernel::FunctionNode* from, const Substitution& s);

}  // namespace dartc::sema
