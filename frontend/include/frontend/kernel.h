// The kernel: the resolved, typed, desugared program that the frontend hands to every later stage
// (the role Kernel plays for the Dart VM). Every name is resolved to its declaration, every
// expression carries its static type, and the sugar of the source language is gone: cascades,
// interpolation details, collection-literal spreads/if/for, for-in, compound and null-aware
// assignments, mixin applications, extensions, enums and implicit `this` have been lowered to the
// small core below. Later stages never mutate it; their results live in side tables keyed by the
// dense ids that classes, members and call sites carry.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "frontend/source.h"
#include "frontend/types.h"

namespace dartc::kernel {

class Library;
class Class;
class Member;
class Field;
class Procedure;
class Constructor;
struct FunctionNode;
struct Expression;
struct Statement;
struct Block;
struct Constant;
struct Variable;

// Base of every kernel node; nodes are owned by the Program's arena.
struct Node {
  virtual ~Node() = default;
  SourceLoc loc;
};

// ---------------------------------------------------------------------------------------------
// Declarations.

enum class MemberKind : uint8_t { Field, Procedure, Constructor };

class Member : public Node {
 public:
  MemberKind memberKind;
  std::string_view name;
  Library* library = nullptr;
  Class* enclosingClass = nullptr;  // null for top-level members
  uint32_t id = 0;                  // dense, unique in the Program
  bool isStatic = false;            // static class members and top-level members
  std::vector<Expression*> annotations;

  bool isInstanceMember() const { return enclosingClass != nullptr && !isStatic && memberKind != MemberKind::Constructor; }
  // "Point.toString", "main", "List.add" — for diagnostics, stack traces and size reports.
  std::string qualifiedName() const;

 protected:
  explicit Member(MemberKind k) : memberKind(k) {}
};

class Field final : public Member {
 public:
  Field() : Member(MemberKind::Field) {}
  const DartType* type = nullptr;
  Expression* initializer = nullptr;  // null when none
  bool isFinal = false;
  bool isConst = false;
  bool isLate = false;
  bool isCovariant = false;
  bool hasDeclaredInitializer = false;  // `= e` written at the declaration
  // Static and top-level fields whose initializer is not a constant are initialized lazily on
  // first access, per isolate (DESIGN.md §2).
  bool hasLazyInitializer() const;
  // Non-final fields, and `late final` fields without an initializer (assignable once).
  bool hasSetter() const { return !isConst && (!isFinal || (isLate && !hasDeclaredInitializer)); }
};

enum class ProcedureKind : uint8_t { Method, Getter, Setter, Operator, Factory };

enum class AsyncMarker : uint8_t { Sync, Async, SyncStar, AsyncStar };

struct FunctionNode : Node {
  std::vector<TypeParameter*> typeParams;
  std::vector<Variable*> positional;  // default values in Variable::initializer
  size_t requiredPositionalCount = 0;
  std::vector<Variable*> named;  // in declaration order; Variable::isRequired for `required`
  const DartType* returnType = nullptr;
  Statement* body = nullptr;  // null for abstract and external functions
  AsyncMarker asyncMarker = AsyncMarker::Sync;
  // `async` bodies after lowering (sema/async_lowering.cpp): the variable holding the function's
  // future, which the call returns (docs/async.md).
  Variable* asyncFuture = nullptr;
  const FunctionType* type = nullptr;  // the signature as a function type
  // Local functions and function expressions: the function that contains this one.
  FunctionNode* parent = nullptr;
  // Variables of enclosing functions that this function (or a function nested in it) reads or
  // writes: the closure's captured environment.
  std::vector<Variable*> captured;
};

class Procedure final : public Member {
 public:
  Procedure() : Member(MemberKind::Procedure) {}
  ProcedureKind kind = ProcedureKind::Method;
  FunctionNode* function = nullptr;
  bool isAbstract = false;
  bool isExternal = false;  // implemented natively or as a compiler intrinsic
  bool isConst = false;     // a `const factory` (which redirects: `= D.named;`)
  // For members created by lowering an extension: the extension's name and the member's name
  // inside it ("StringX|shout"); `this` is the first positional parameter.
  bool isExtensionMember = false;
  // Mixin applications copy the mixin's members into a synthetic class; this is the original.
  Procedure* mixedInFrom = nullptr;
  // `@pragma('dartc:native', 'symbol')` on an external member of a dart: library: the runtime
  // function that implements it (called with ints as int64_t, doubles as double, bools as bool,
  // everything else as a value word).
  std::string_view nativeName;
  // Every `@pragma('name', 'option')` (or `@pragma('name')`) on a member of a dart: library, in
  // source order: facts for later stages (entry points, result types of natives; docs/tfa.md).
  std::vector<std::pair<std::string_view, std::string_view>> pragmas;

  bool isGetter() const { return kind == ProcedureKind::Getter; }
  bool isSetter() const { return kind == ProcedureKind::Setter; }
  bool isFactory() const { return kind == ProcedureKind::Factory; }
};

enum class InitializerKind : uint8_t { Field, Super, Redirecting, Local, Assert };

struct Arguments;

struct Initializer : Node {
  InitializerKind kind = InitializerKind::Field;
  Field* field = nullptr;              // Field
  Expression* value = nullptr;         // Field; Assert: the condition
  Expression* message = nullptr;       // Assert
  Constructor* target = nullptr;       // Super, Redirecting
  Arguments* arguments = nullptr;      // Super, Redirecting
  Variable* variable = nullptr;        // Local: a variable evaluated in order (hoisted argument)
};

class Constructor final : public Member {
 public:
  Constructor() : Member(MemberKind::Constructor) {}
  FunctionNode* function = nullptr;  // parameters; body (may be an empty block)
  std::vector<Initializer*> initializers;  // in order; at most one Super or Redirecting, last
  bool isConst = false;
  bool isExternal = false;
  bool isSynthetic = false;  // the implicit default constructor or a mixin application forwarder
};

class Class : public Node {
 public:
  std::string_view name;
  Library* library = nullptr;
  uint32_t id = 0;  // dense, unique in the Program (not the runtime class id)
  std::vector<TypeParameter*> typeParams;
  const InterfaceType* supertype = nullptr;  // null only for Object
  std::vector<const InterfaceType*> interfaces;  // `implements`, and the mixins' own interfaces
  const InterfaceType* thisType = nullptr;       // C<T1..Tn> with the class's own parameters
  std::vector<Field*> fields;
  std::vector<Procedure*> procedures;
  std::vector<Constructor*> constructors;
  bool isAbstract = false;
  bool isEnum = false;
  bool isSealed = false;
  bool isFinal = false;
  bool isBase = false;
  bool isInterface = false;
  bool isMixinDeclaration = false;  // a `mixin` (never instantiated; applications copy it)
  bool isMixinApplication = false;  // synthetic `S with M` class
  Class* mixin = nullptr;           // for mixin applications: the mixin applied

  Class* superclass() const;
  bool isSubclassOf(const Class* other) const;  // by `extends` only
};

class Library : public Node {
 public:
  std::string uri;  // "dart:core", "file:///abs/path/main.dart", "package:foo/foo.dart"
  std::string path; // the file on disk
  bool isCore = false;  // any dart: library (the core library shipped in precompiled_runtime/lib)
  std::vector<Class*> classes;
  std::vector<Procedure*> procedures;
  std::vector<Field*> fields;
};

// ---------------------------------------------------------------------------------------------
// Variables: locals, parameters, catch variables, temporaries introduced by lowering.

struct Variable : Node {
  std::string_view name;  // "#t1" style names for temporaries
  const DartType* type = nullptr;
  Expression* initializer = nullptr;  // locals: the initializer; parameters: the default value
  bool isFinal = false;
  bool isConst = false;
  bool isLate = false;
  bool isRequired = false;  // named parameter marked `required`
  bool isCovariant = false; // parameter checked at run time (covariant or generic-covariant)
  bool isSynthetic = false; // introduced by lowering
  // Frontend only: for the synthetic promotion key of a private field read `x._f` (flow
  // analysis), the key of x (its variable, or x._g's key); null for `this._f` and all others.
  const Variable* promotionBase = nullptr;
  // Set when a function other than the declaring one reads or writes it: the variable then lives
  // in a heap context shared with the closures.
  bool isCaptured = false;
  FunctionNode* owner = nullptr;  // the function whose frame declares it
  uint32_t id = 0;                // dense per Program
};

// ---------------------------------------------------------------------------------------------
// Expressions.

enum class ExprKind : uint8_t {
  IntLiteral,
  DoubleLiteral,
  BoolLiteral,
  NullLiteral,
  StringLiteral,
  ConstantExpr,
  This,
  VariableGet,
  VariableSet,
  StaticGet,
  StaticSet,
  StaticInvocation,
  StaticTearOff,
  ConstructorInvocation,
  InstanceGet,
  InstanceSet,
  InstanceInvocation,
  InstanceTearOff,
  SuperGet,
  SuperSet,
  SuperInvocation,
  DynamicGet,
  DynamicSet,
  DynamicInvocation,
  FunctionInvocation,
  LocalFunctionInvocation,
  FunctionExpression,
  EqualsCall,
  EqualsNull,
  Not,
  Logical,
  Conditional,
  StringConcat,
  Is,
  As,
  NullCheck,
  Throw,
  Rethrow,
  Let,
  BlockExpr,
  ListLiteral,
  SetLiteral,
  MapLiteral,
  TypeLiteral,
  Instantiation,
  RecordLiteral,
  RecordGet,
  Await,
  Invalid,
};

struct Expression : Node {
  explicit Expression(ExprKind k) : kind(k) {}
  ExprKind kind;
  const DartType* type = nullptr;  // static type
};

// Arguments of a call, already in the order they are evaluated. Type arguments are explicit
// (inferred ones filled in).
struct NamedArgument {
  std::string_view name;
  Expression* value = nullptr;
};

struct Arguments : Node {
  std::vector<const DartType*> types;
  std::vector<Expression*> positional;
  std::vector<NamedArgument> named;
};

struct IntLiteral : Expression {
  IntLiteral() : Expression(ExprKind::IntLiteral) {}
  int64_t value = 0;
};

struct DoubleLiteral : Expression {
  DoubleLiteral() : Expression(ExprKind::DoubleLiteral) {}
  double value = 0;
};

struct BoolLiteral : Expression {
  BoolLiteral() : Expression(ExprKind::BoolLiteral) {}
  bool value = false;
};

struct NullLiteral : Expression {
  NullLiteral() : Expression(ExprKind::NullLiteral) {}
};

struct StringLiteral : Expression {
  StringLiteral() : Expression(ExprKind::StringLiteral) {}
  std::u16string value;  // UTF-16 code units
};

// A canonicalized constant value (const instances, lists, maps, sets, records, type literals,
// tear-offs); emitted as read-only data.
struct ConstantExpr : Expression {
  ConstantExpr() : Expression(ExprKind::ConstantExpr) {}
  Constant* constant = nullptr;
};

struct ThisExpr : Expression {
  ThisExpr() : Expression(ExprKind::This) {}
};

struct VariableGet : Expression {
  VariableGet() : Expression(ExprKind::VariableGet) {}
  Variable* variable = nullptr;
};

struct VariableSet : Expression {
  VariableSet() : Expression(ExprKind::VariableSet) {}
  Variable* variable = nullptr;
  Expression* value = nullptr;
};

// Read of a static/top-level field, or call of a static/top-level getter.
struct StaticGet : Expression {
  StaticGet() : Expression(ExprKind::StaticGet) {}
  Member* target = nullptr;
};

struct StaticSet : Expression {
  StaticSet() : Expression(ExprKind::StaticSet) {}
  Member* target = nullptr;  // a Field or a setter Procedure
  Expression* value = nullptr;
};

// Call of a top-level function, static method, factory constructor, extension member or external.
struct StaticInvocation : Expression {
  StaticInvocation() : Expression(ExprKind::StaticInvocation) {}
  Procedure* target = nullptr;
  Arguments* arguments = nullptr;
};

struct StaticTearOff : Expression {
  StaticTearOff() : Expression(ExprKind::StaticTearOff) {}
  Procedure* target = nullptr;
};

// `C<T>(args)` of a generative constructor: allocates and initializes.
struct ConstructorInvocation : Expression {
  ConstructorInvocation() : Expression(ExprKind::ConstructorInvocation) {}
  Constructor* target = nullptr;
  Arguments* arguments = nullptr;  // Arguments::types are the class's type arguments
  const InterfaceType* constructedType = nullptr;
};

// Instance member access through the receiver's static interface. `interfaceTarget` is the
// member found in the static type (a Field, getter, setter, method or operator Procedure); the
// member actually run is decided by the receiver's class at run time (or by TFA). `siteId` keys
// TFA's per-call-site facts.
struct InstanceGet : Expression {
  InstanceGet() : Expression(ExprKind::InstanceGet) {}
  Expression* receiver = nullptr;
  std::string_view name;
  Member* interfaceTarget = nullptr;
  uint32_t siteId = 0;
};

struct InstanceSet : Expression {
  InstanceSet() : Expression(ExprKind::InstanceSet) {}
  Expression* receiver = nullptr;
  std::string_view name;
  Member* interfaceTarget = nullptr;
  Expression* value = nullptr;
  uint32_t siteId = 0;
};

struct InstanceInvocation : Expression {
  InstanceInvocation() : Expression(ExprKind::InstanceInvocation) {}
  Expression* receiver = nullptr;
  std::string_view name;  // operators by their text: "+", "[]", "unary-"
  Procedure* interfaceTarget = nullptr;
  Arguments* arguments = nullptr;
  uint32_t siteId = 0;
};

// `obj.method` without a call: a closure bound to the receiver.
struct InstanceTearOff : Expression {
  InstanceTearOff() : Expression(ExprKind::InstanceTearOff) {}
  Expression* receiver = nullptr;
  std::string_view name;
  Procedure* interfaceTarget = nullptr;
  uint32_t siteId = 0;
};

struct SuperGet : Expression {
  SuperGet() : Expression(ExprKind::SuperGet) {}
  Member* target = nullptr;  // resolved statically: super calls are never virtual
};

struct SuperSet : Expression {
  SuperSet() : Expression(ExprKind::SuperSet) {}
  Member* target = nullptr;
  Expression* value = nullptr;
};

struct SuperInvocation : Expression {
  SuperInvocation() : Expression(ExprKind::SuperInvocation) {}
  Procedure* target = nullptr;
  Arguments* arguments = nullptr;
};

// Member access on a receiver of static type `dynamic`: looked up at run time by name.
struct DynamicGet : Expression {
  DynamicGet() : Expression(ExprKind::DynamicGet) {}
  Expression* receiver = nullptr;
  std::string_view name;
  uint32_t siteId = 0;
};

struct DynamicSet : Expression {
  DynamicSet() : Expression(ExprKind::DynamicSet) {}
  Expression* receiver = nullptr;
  std::string_view name;
  Expression* value = nullptr;
  uint32_t siteId = 0;
};

struct DynamicInvocation : Expression {
  DynamicInvocation() : Expression(ExprKind::DynamicInvocation) {}
  Expression* receiver = nullptr;
  std::string_view name;
  Arguments* arguments = nullptr;
  uint32_t siteId = 0;
};

// Calling a function value. `functionType` is the callee's static function type, or null when
// the callee is typed `Function` (then checked at run time like a dynamic call).
struct FunctionInvocation : Expression {
  FunctionInvocation() : Expression(ExprKind::FunctionInvocation) {}
  Expression* callee = nullptr;
  Arguments* arguments = nullptr;
  const FunctionType* functionType = nullptr;
  uint32_t siteId = 0;
};

// Direct call of a local function declared with a FunctionDeclaration statement.
struct LocalFunctionInvocation : Expression {
  LocalFunctionInvocation() : Expression(ExprKind::LocalFunctionInvocation) {}
  Variable* variable = nullptr;
  FunctionNode* function = nullptr;
  Arguments* arguments = nullptr;
};

struct FunctionExpression : Expression {
  FunctionExpression() : Expression(ExprKind::FunctionExpression) {}
  FunctionNode* function = nullptr;
};

// `left == right` where left is not the null literal: Dart's `==` protocol (null checks on both
// sides, then `left.==(right)`). `target` is the `==` found in left's static type.
struct EqualsCall : Expression {
  EqualsCall() : Expression(ExprKind::EqualsCall) {}
  Expression* left = nullptr;
  Expression* right = nullptr;
  Procedure* interfaceTarget = nullptr;
  uint32_t siteId = 0;
};

// `expr == null`.
struct EqualsNull : Expression {
  EqualsNull() : Expression(ExprKind::EqualsNull) {}
  Expression* operand = nullptr;
};

struct Not : Expression {
  Not() : Expression(ExprKind::Not) {}
  Expression* operand = nullptr;
};

enum class LogicalOp : uint8_t { And, Or };

struct Logical : Expression {
  Logical() : Expression(ExprKind::Logical) {}
  LogicalOp op = LogicalOp::And;
  Expression* left = nullptr;
  Expression* right = nullptr;
};

struct Conditional : Expression {
  Conditional() : Expression(ExprKind::Conditional) {}
  Expression* condition = nullptr;
  Expression* thenExpr = nullptr;
  Expression* elseExpr = nullptr;
};

// String interpolation: each part is converted with `toString()` (strings as they are) and the
// results concatenated.
struct StringConcat : Expression {
  StringConcat() : Expression(ExprKind::StringConcat) {}
  std::vector<Expression*> parts;
};

struct IsExpr : Expression {
  IsExpr() : Expression(ExprKind::Is) {}
  Expression* operand = nullptr;
  const DartType* testedType = nullptr;
};

// `e as T`; also inserted by the checker for implicit downcasts from dynamic and for covariant
// checks (isImplicit).
struct AsExpr : Expression {
  AsExpr() : Expression(ExprKind::As) {}
  Expression* operand = nullptr;
  bool isImplicit = false;
  // The CFE's covariance check of a member read through a receiver whose static type arguments
  // may be supertypes of the real ones (isImplicit too); field promotion looks through it.
  bool isCovarianceCheck = false;
};

// `e!`.
struct NullCheck : Expression {
  NullCheck() : Expression(ExprKind::NullCheck) {}
  Expression* operand = nullptr;
};

struct Throw : Expression {
  Throw() : Expression(ExprKind::Throw) {}
  Expression* operand = nullptr;
};

struct Rethrow : Expression {
  Rethrow() : Expression(ExprKind::Rethrow) {}
  Variable* exception = nullptr;   // the enclosing catch clause's exception variable
  Variable* stackTrace = nullptr;  // and its stack trace variable
};

// `let v = init in body`: the workhorse of lowering (cascades, compound assignments, ?.).
struct Let : Expression {
  Let() : Expression(ExprKind::Let) {}
  Variable* variable = nullptr;  // with its initializer
  Expression* body = nullptr;
};

// Statements run for effect, then the value: collection literals with control flow elements.
struct BlockExpr : Expression {
  BlockExpr() : Expression(ExprKind::BlockExpr) {}
  Block* body = nullptr;
  Expression* value = nullptr;
};

// Collection literals with plain elements only (spread/if/for are lowered to BlockExpr + add).
struct ListLiteral : Expression {
  ListLiteral() : Expression(ExprKind::ListLiteral) {}
  const DartType* elementType = nullptr;
  std::vector<Expression*> elements;
};

struct SetLiteral : Expression {
  SetLiteral() : Expression(ExprKind::SetLiteral) {}
  const DartType* elementType = nullptr;
  std::vector<Expression*> elements;
};

struct MapLiteralEntry {
  Expression* key = nullptr;
  Expression* value = nullptr;
};

struct MapLiteral : Expression {
  MapLiteral() : Expression(ExprKind::MapLiteral) {}
  const DartType* keyType = nullptr;
  const DartType* valueType = nullptr;
  std::vector<MapLiteralEntry> entries;
};

// A type used as a value (`int`, `T`, `List<T>`); constant type literals are ConstantExprs.
struct TypeLiteral : Expression {
  TypeLiteral() : Expression(ExprKind::TypeLiteral) {}
  const DartType* literalType = nullptr;
};

// Instantiation of a generic function value: `f<int>` or an implicit one from context.
struct Instantiation : Expression {
  Instantiation() : Expression(ExprKind::Instantiation) {}
  Expression* operand = nullptr;
  std::vector<const DartType*> typeArgs;
};

struct RecordLiteral : Expression {
  RecordLiteral() : Expression(ExprKind::RecordLiteral) {}
  std::vector<Expression*> positional;
  std::vector<NamedArgument> named;  // sorted by name
};

// `r.$1` / `r.name`.
struct RecordGet : Expression {
  RecordGet() : Expression(ExprKind::RecordGet) {}
  Expression* receiver = nullptr;
  int32_t index = -1;          // positional field, or -1
  std::string_view name;       // named field
};

// After async lowering: the suspension point of an `await` (the operand is the null literal; the
// awaited value was handed to the function's future before, docs/async.md).
struct AwaitExpr : Expression {
  AwaitExpr() : Expression(ExprKind::Await) {}
  Expression* operand = nullptr;
};

// Stands in for an expression that had an error; never reaches later stages (the driver stops
// after frontend errors).
struct InvalidExpression : Expression {
  InvalidExpression() : Expression(ExprKind::Invalid) {}
};

// ---------------------------------------------------------------------------------------------
// Statements.

enum class StmtKind : uint8_t {
  Block,
  ExpressionStmt,
  VariableDecl,
  FunctionDecl,
  If,
  While,
  DoWhile,
  For,
  Labeled,
  Break,
  Continue,
  Switch,
  ContinueSwitch,
  Return,
  TryCatch,
  TryFinally,
  Assert,
  Yield,
  Empty,
};

struct Statement : Node {
  explicit Statement(StmtKind k) : kind(k) {}
  StmtKind kind;
};

struct Block : Statement {
  Block() : Statement(StmtKind::Block) {}
  std::vector<Statement*> statements;
};

struct ExpressionStmt : Statement {
  ExpressionStmt() : Statement(StmtKind::ExpressionStmt) {}
  Expression* expression = nullptr;
};

struct VariableDecl : Statement {
  VariableDecl() : Statement(StmtKind::VariableDecl) {}
  Variable* variable = nullptr;
};

// A named local function: `int f(int x) => ...;` inside a body.
struct FunctionDecl : Statement {
  FunctionDecl() : Statement(StmtKind::FunctionDecl) {}
  Variable* variable = nullptr;  // holds the closure when the function is used as a value
  FunctionNode* function = nullptr;
};

struct IfStmt : Statement {
  IfStmt() : Statement(StmtKind::If) {}
  Expression* condition = nullptr;
  Statement* thenStmt = nullptr;
  Statement* elseStmt = nullptr;  // may be null
};

struct WhileStmt : Statement {
  WhileStmt() : Statement(StmtKind::While) {}
  Expression* condition = nullptr;
  Statement* body = nullptr;
};

struct DoWhileStmt : Statement {
  DoWhileStmt() : Statement(StmtKind::DoWhile) {}
  Statement* body = nullptr;
  Expression* condition = nullptr;
};

// C-style for. Variables captured by closures get a fresh binding per iteration (Dart
// semantics): codegen copies them into a new context before the updates run.
struct ForStmt : Statement {
  ForStmt() : Statement(StmtKind::For) {}
  std::vector<Variable*> variables;  // declared in the initializer
  std::vector<Expression*> initExprs;  // `for (i = 0; ...)` form
  Expression* condition = nullptr;   // null: forever
  std::vector<Expression*> updates;
  Statement* body = nullptr;
};

// A statement that `break` can leave (labels on any statement, and every loop and switch).
struct LabeledStmt : Statement {
  LabeledStmt() : Statement(StmtKind::Labeled) {}
  Statement* body = nullptr;
};

// Leaves `target` (a LabeledStmt, loop or switch).
struct BreakStmt : Statement {
  BreakStmt() : Statement(StmtKind::Break) {}
  Statement* target = nullptr;
};

// Continues the loop `target` (While, DoWhile or For): runs the condition/updates next.
struct ContinueStmt : Statement {
  ContinueStmt() : Statement(StmtKind::Continue) {}
  Statement* target = nullptr;
};

// Switch over constants (int, String, enum, or other constants compared with ==). General
// pattern switches are lowered to if-chains before this point.
struct SwitchCase : Node {
  std::vector<Expression*> expressions;  // constant expressions; empty for default
  bool isDefault = false;
  Statement* body = nullptr;
};

struct SwitchStmt : Statement {
  SwitchStmt() : Statement(StmtKind::Switch) {}
  Expression* subject = nullptr;
  std::vector<SwitchCase*> cases;
  bool isExhaustive = false;  // no default needed (enum or sealed coverage)
};

// `continue label;` where the label is on a switch case.
struct ContinueSwitchStmt : Statement {
  ContinueSwitchStmt() : Statement(StmtKind::ContinueSwitch) {}
  SwitchCase* target = nullptr;
};

struct ReturnStmt : Statement {
  ReturnStmt() : Statement(StmtKind::Return) {}
  Expression* value = nullptr;
};

struct CatchClause : Node {
  const DartType* guard = nullptr;  // `on T`; Object for a bare catch
  Variable* exception = nullptr;     // may be null
  Variable* stackTrace = nullptr;    // may be null
  Statement* body = nullptr;
};

struct TryCatchStmt : Statement {
  TryCatchStmt() : Statement(StmtKind::TryCatch) {}
  Statement* body = nullptr;
  std::vector<CatchClause*> catches;
};

struct TryFinallyStmt : Statement {
  TryFinallyStmt() : Statement(StmtKind::TryFinally) {}
  Statement* body = nullptr;
  Statement* finalizer = nullptr;
};

struct AssertStmt : Statement {
  AssertStmt() : Statement(StmtKind::Assert) {}
  Expression* condition = nullptr;
  Expression* message = nullptr;
};

struct YieldStmt : Statement {
  YieldStmt() : Statement(StmtKind::Yield) {}
  Expression* value = nullptr;
  bool isStar = false;
};

struct EmptyStmt : Statement {
  EmptyStmt() : Statement(StmtKind::Empty) {}
};

// ---------------------------------------------------------------------------------------------
// Constants: canonicalized by the ConstantStore, so identical constants are one object
// (`identical(const A(1), const A(1))` is true).

enum class ConstantKind : uint8_t { Null, Bool, Int, Double, String, Instance, List, Set, Map, Record, TypeLiteral, TearOff };

struct Constant {
  explicit Constant(ConstantKind k) : kind(k) {}
  virtual ~Constant() = default;
  ConstantKind kind;
  const DartType* type = nullptr;
  uint32_t id = 0;  // dense, in creation order (dependencies first)
};

struct NullConstant : Constant { NullConstant() : Constant(ConstantKind::Null) {} };
struct BoolConstant : Constant { BoolConstant() : Constant(ConstantKind::Bool) {} bool value = false; };
struct IntConstant : Constant { IntConstant() : Constant(ConstantKind::Int) {} int64_t value = 0; };
struct DoubleConstant : Constant { DoubleConstant() : Constant(ConstantKind::Double) {} double value = 0; };
struct StringConstant : Constant { StringConstant() : Constant(ConstantKind::String) {} std::u16string value; };

struct InstanceConstant : Constant {
  InstanceConstant() : Constant(ConstantKind::Instance) {}
  Class* cls = nullptr;
  std::vector<const DartType*> typeArgs;
  std::vector<std::pair<Field*, Constant*>> fieldValues;  // every instance field, superclasses first
};

struct ListConstant : Constant {
  ListConstant() : Constant(ConstantKind::List) {}
  const DartType* elementType = nullptr;
  std::vector<Constant*> elements;
};

struct SetConstant : Constant {
  SetConstant() : Constant(ConstantKind::Set) {}
  const DartType* elementType = nullptr;
  std::vector<Constant*> elements;
};

struct MapConstant : Constant {
  MapConstant() : Constant(ConstantKind::Map) {}
  const DartType* keyType = nullptr;
  const DartType* valueType = nullptr;
  std::vector<std::pair<Constant*, Constant*>> entries;
};

struct RecordConstant : Constant {
  RecordConstant() : Constant(ConstantKind::Record) {}
  std::vector<Constant*> positional;
  std::vector<std::pair<std::string_view, Constant*>> named;
};

struct TypeLiteralConstant : Constant {
  TypeLiteralConstant() : Constant(ConstantKind::TypeLiteral) {}
  const DartType* literalType = nullptr;
};

struct TearOffConstant : Constant {
  TearOffConstant() : Constant(ConstantKind::TearOff) {}
  Procedure* target = nullptr;  // a top-level or static function
  std::vector<const DartType*> typeArgs;  // a constant instantiation `f<int>`; empty otherwise
};

}  // namespace dartc::kernel
