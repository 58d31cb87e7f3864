// The syntax tree: what the parser builds and the checker reads. It mirrors the source closely
// (no resolution, no types); the checker turns it into the kernel `Program`. Every node is owned by
// an AstArena, so pointers between nodes are plain and never dangle while the compilation lives.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "frontend/source.h"

namespace dartc::ast {

// Identifiers are views into the source text (which outlives the tree) or into the arena's own
// string storage for names the parser synthesizes.
using Name = std::string_view;

struct Node {
  virtual ~Node() = default;
  SourceLoc loc;
};

class AstArena {
 public:
  template <typename T, typename... Args>
  T* make(SourceLoc loc, Args&&... args) {
    auto node = std::make_unique<T>(std::forward<Args>(args)...);
    node->loc = loc;
    T* raw = node.get();
    nodes_.push_back(std::move(node));
    return raw;
  }
  // Keeps a string alive as long as the tree (decoded literals, synthesized names).
  std::string_view keep(std::string s) {
    strings_.push_back(std::make_unique<std::string>(std::move(s)));
    return *strings_.back();
  }
  std::u16string_view keep16(std::u16string s) {
    strings16_.push_back(std::make_unique<std::u16string>(std::move(s)));
    return *strings16_.back();
  }

 private:
  std::vector<std::unique_ptr<Node>> nodes_;
  std::vector<std::unique_ptr<std::string>> strings_;
  std::vector<std::unique_ptr<std::u16string>> strings16_;
};

struct Expr;
struct Stmt;
struct Block;
struct Pattern;
struct TypeNode;
struct FunctionDecl;

// ---------------------------------------------------------------------------------------------
// Types as written in source.

enum class TypeNodeKind { Named, Function, Record };

struct TypeNode : Node {
  explicit TypeNode(TypeNodeKind k) : kind(k) {}
  TypeNodeKind kind;
  bool nullable = false;  // trailing `?`
};

// `int`, `List<int>?`, `prefix.Type<T>`, `void`, `dynamic`, `Function`.
struct NamedTypeNode : TypeNode {
  NamedTypeNode() : TypeNode(TypeNodeKind::Named) {}
  Name prefix;  // empty unless `prefix.Name`
  Name name;
  std::vector<TypeNode*> typeArgs;
};

struct TypeParam : Node {
  Name name;
  TypeNode* bound = nullptr;  // `extends Bound`
};

struct FunctionTypeParam {
  SourceLoc loc;
  Name name;  // may be empty in function types: `int Function(int)`
  TypeNode* type = nullptr;
  bool isRequired = false;  // `required` on a named parameter
};

// `R Function<T>(A, [B])`, `R Function({A a, required B b})`, and old-style function-typed
// parameters `int f(int x)` (converted to this form by the parser).
struct FunctionTypeNode : TypeNode {
  FunctionTypeNode() : TypeNode(TypeNodeKind::Function) {}
  TypeNode* returnType = nullptr;  // null means `dynamic` (omitted)
  std::vector<TypeParam*> typeParams;
  std::vector<FunctionTypeParam> positional;
  size_t requiredPositionalCount = 0;  // the rest of `positional` are `[optional]`
  std::vector<FunctionTypeParam> named;
};

// `(int, String)`, `({int a, int b})`, `(int, {String name})`.
struct RecordTypeNode : TypeNode {
  RecordTypeNode() : TypeNode(TypeNodeKind::Record) {}
  std::vector<FunctionTypeParam> positional;
  std::vector<FunctionTypeParam> named;
};

// ---------------------------------------------------------------------------------------------
// Expressions.

enum class ExprKind {
  IntLiteral,
  DoubleLiteral,
  StringLiteral,
  BoolLiteral,
  NullLiteral,
  SymbolLiteral,
  Identifier,
  This,
  Super,
  ListLiteral,
  SetOrMapLiteral,
  RecordLiteral,
  Paren,
  FunctionExpr,
  PropertyAccess,
  Index,
  MethodCall,
  FunctionCall,
  InstanceCreation,
  Assignment,
  Conditional,
  Binary,
  Prefix,
  Postfix,
  Await,
  Is,
  As,
  Throw,
  Rethrow,
  Cascade,
  CascadeReceiver,
  SwitchExpr,
  TypeInstantiation,
  Error,
};

struct Expr : Node {
  explicit Expr(ExprKind k) : kind(k) {}
  ExprKind kind;
};

// The literal's text as written (`0x1F`, `1_000`); the checker evaluates it so that
// `-9223372036854775808` and out-of-range literals are diagnosed with their context.
struct IntLiteralExpr : Expr {
  IntLiteralExpr() : Expr(ExprKind::IntLiteral) {}
  std::string_view text;
};

struct DoubleLiteralExpr : Expr {
  DoubleLiteralExpr() : Expr(ExprKind::DoubleLiteral) {}
  double value = 0;
  std::string_view text;
};

// A string literal with its interpolations; adjacent literals are merged into one node.
// Literal text is decoded (escapes applied) into UTF-16 code units, Dart's string model.
struct StringPart {
  std::u16string_view text;  // used when expr == nullptr
  Expr* expr = nullptr;      // `$name` or `${expr}`
};

struct StringLiteralExpr : Expr {
  StringLiteralExpr() : Expr(ExprKind::StringLiteral) {}
  std::vector<StringPart> parts;
  bool isSimple() const { return parts.size() <= 1 && (parts.empty() || parts[0].expr == nullptr); }
};

struct BoolLiteralExpr : Expr {
  BoolLiteralExpr() : Expr(ExprKind::BoolLiteral) {}
  bool value = false;
};

struct NullLiteralExpr : Expr {
  NullLiteralExpr() : Expr(ExprKind::NullLiteral) {}
};

// `#name` — outside the subset; parsed so the checker can reject it by name.
struct SymbolLiteralExpr : Expr {
  SymbolLiteralExpr() : Expr(ExprKind::SymbolLiteral) {}
  Name name;
};

struct IdentifierExpr : Expr {
  IdentifierExpr() : Expr(ExprKind::Identifier) {}
  Name name;
};

struct ThisExpr : Expr {
  ThisExpr() : Expr(ExprKind::This) {}
};

// `super` appears only as the receiver of a property access, method call, index or operator.
struct SuperExpr : Expr {
  SuperExpr() : Expr(ExprKind::Super) {}
};

// Collection elements: an expression, `key: value`, `...spread`, `if`, `for`.
enum class ElementKind { Expr, MapEntry, Spread, If, For };

struct Element : Node {
  explicit Element(ElementKind k) : kind(k) {}
  ElementKind kind;
};

struct ExprElement : Element {
  ExprElement() : Element(ElementKind::Expr) {}
  Expr* expr = nullptr;
  bool nullAware = false;  // `?e` (Dart 3.8 null-aware elements): skipped when e is null
};

struct MapEntryElement : Element {
  MapEntryElement() : Element(ElementKind::MapEntry) {}
  Expr* key = nullptr;
  Expr* value = nullptr;
  bool keyNullAware = false;    // `?k: v`: the entry is skipped (v not evaluated) when k is null
  bool valueNullAware = false;  // `k: ?v`: skipped when v is null
};

struct SpreadElement : Element {
  SpreadElement() : Element(ElementKind::Spread) {}
  Expr* expr = nullptr;
  bool nullAware = false;  // `...?`
};

struct IfElement : Element {
  IfElement() : Element(ElementKind::If) {}
  Expr* condition = nullptr;
  Pattern* casePattern = nullptr;  // `if (x case P when g)`
  Expr* guard = nullptr;
  Element* thenElement = nullptr;
  Element* elseElement = nullptr;
};

struct ForLoopParts;
struct ForElement : Element {
  ForElement() : Element(ElementKind::For) {}
  ForLoopParts* parts = nullptr;
  Element* body = nullptr;
  bool isAwait = false;
};

struct ListLiteralExpr : Expr {
  ListLiteralExpr() : Expr(ExprKind::ListLiteral) {}
  bool isConst = false;
  std::vector<TypeNode*> typeArgs;  // 0 or 1
  std::vector<Element*> elements;
};

// `{}` literals: a set or a map, decided by the checker from type arguments, elements and context.
struct SetOrMapLiteralExpr : Expr {
  SetOrMapLiteralExpr() : Expr(ExprKind::SetOrMapLiteral) {}
  bool isConst = false;
  std::vector<TypeNode*> typeArgs;  // 0, 1 (set) or 2 (map)
  std::vector<Element*> elements;
};

struct NamedExpr {
  SourceLoc loc;
  Name name;
  Expr* value = nullptr;
};

struct RecordLiteralExpr : Expr {
  RecordLiteralExpr() : Expr(ExprKind::RecordLiteral) {}
  bool isConst = false;
  std::vector<Expr*> positional;
  std::vector<NamedExpr> named;
};

struct ParenExpr : Expr {
  ParenExpr() : Expr(ExprKind::Paren) {}
  Expr* inner = nullptr;
};

// Arguments in source order: Dart evaluates them left to right, named ones included.
struct Argument {
  SourceLoc loc;
  Name name;  // empty for positional arguments
  Expr* value = nullptr;
};

struct ArgumentList {
  SourceLoc loc;       // the `(`
  SourceLoc closeLoc;  // the `)` (diagnostics about missing arguments point here, like Dart's)
  std::vector<Argument> args;
};

// Function literal: `(a, b) => a + b`, `(int x) { ... }`, `() async { ... }`.
struct FunctionExprNode : Expr {
  FunctionExprNode() : Expr(ExprKind::FunctionExpr) {}
  FunctionDecl* function = nullptr;  // name is empty
};

// `target.name` / `target?.name`. `prefix.name` for import prefixes and `Class.staticMember` parse
// the same way; the checker resolves which it is.
struct PropertyAccessExpr : Expr {
  PropertyAccessExpr() : Expr(ExprKind::PropertyAccess) {}
  Expr* target = nullptr;
  Name name;
  SourceLoc nameLoc;
  bool nullAware = false;
};

struct IndexExpr : Expr {
  IndexExpr() : Expr(ExprKind::Index) {}
  Expr* target = nullptr;
  Expr* index = nullptr;
  bool nullAware = false;  // `a?[i]`
};

// `name(args)`, `target.name(args)`, `target?.name(args)`, `name<T>(args)`. Also the unresolved
// forms of constructor calls without `new`: `C(1)`, `C.named(1)`, `p.C(1)`.
struct MethodCallExpr : Expr {
  MethodCallExpr() : Expr(ExprKind::MethodCall) {}
  Expr* target = nullptr;  // null for a bare `name(args)`
  Name name;
  SourceLoc nameLoc;
  bool nullAware = false;
  std::vector<TypeNode*> typeArgs;
  ArgumentList args;
};

// Calling the value of an expression: `(f)(x)`, `list[0](x)`, `f()()`.
struct FunctionCallExpr : Expr {
  FunctionCallExpr() : Expr(ExprKind::FunctionCall) {}
  Expr* callee = nullptr;
  std::vector<TypeNode*> typeArgs;
  ArgumentList args;
};

// `new C<T>.named(args)`, `const C(args)`, and `C<T>(args)` / `C<T>.named(args)` without a
// keyword (type arguments make them unambiguous).
struct InstanceCreationExpr : Expr {
  InstanceCreationExpr() : Expr(ExprKind::InstanceCreation) {}
  enum class Keyword { None, New, Const } keyword = Keyword::None;
  NamedTypeNode* type = nullptr;
  Name constructorName;  // empty for the unnamed constructor
  ArgumentList args;
};

enum class AssignOp {
  Assign,  // =
  Add, Sub, Mul, Div, TruncDiv, Mod, Shl, Shr, UShr, BitAnd, BitOr, BitXor,
  IfNull,  // ??=
};

struct AssignmentExpr : Expr {
  AssignmentExpr() : Expr(ExprKind::Assignment) {}
  AssignOp op = AssignOp::Assign;
  Expr* target = nullptr;  // Identifier, PropertyAccess, Index (checked by the checker)
  Expr* value = nullptr;
  // Pattern assignment `(a, b) = (b, a);` / `[x, y] = list;`: `target` keeps the left side as
  // parsed (a record/list/map literal) and this is the same left side read as a pattern.
  Pattern* pattern = nullptr;
};

struct ConditionalExpr : Expr {
  ConditionalExpr() : Expr(ExprKind::Conditional) {}
  Expr* condition = nullptr;
  Expr* thenExpr = nullptr;
  Expr* elseExpr = nullptr;
};

enum class BinaryOp {
  IfNull,      // ??
  LogicalOr,   // ||
  LogicalAnd,  // &&
  Eq, Ne,      // == !=
  Lt, Gt, Le, Ge,
  BitOr, BitXor, BitAnd,
  Shl, Shr, UShr,
  Add, Sub,
  Mul, Div, TruncDiv, Mod,
};

struct BinaryExpr : Expr {
  BinaryExpr() : Expr(ExprKind::Binary) {}
  BinaryOp op = BinaryOp::Add;
  SourceLoc opLoc;
  Expr* left = nullptr;
  Expr* right = nullptr;
};

enum class PrefixOp { Negate, Not, BitNot, Increment, Decrement };

struct PrefixExpr : Expr {
  PrefixExpr() : Expr(ExprKind::Prefix) {}
  PrefixOp op = PrefixOp::Negate;
  Expr* operand = nullptr;
};

enum class PostfixOp { Increment, Decrement, NullAssert };

struct PostfixExpr : Expr {
  PostfixExpr() : Expr(ExprKind::Postfix) {}
  PostfixOp op = PostfixOp::Increment;
  Expr* operand = nullptr;
};

struct AwaitExpr : Expr {
  AwaitExpr() : Expr(ExprKind::Await) {}
  Expr* operand = nullptr;
};

struct IsExpr : Expr {
  IsExpr() : Expr(ExprKind::Is) {}
  Expr* operand = nullptr;
  TypeNode* type = nullptr;
  bool negated = false;  // `is!`
};

struct AsExpr : Expr {
  AsExpr() : Expr(ExprKind::As) {}
  Expr* operand = nullptr;
  TypeNode* type = nullptr;
};

struct ThrowExpr : Expr {
  ThrowExpr() : Expr(ExprKind::Throw) {}
  Expr* operand = nullptr;
};

struct RethrowExpr : Expr {
  RethrowExpr() : Expr(ExprKind::Rethrow) {}
};

// `target..a = 1..b()`: each section is an expression whose innermost receiver is a
// CascadeReceiverExpr standing for the cascade's target value.
struct CascadeExpr : Expr {
  CascadeExpr() : Expr(ExprKind::Cascade) {}
  Expr* target = nullptr;
  bool nullAware = false;  // the first section is `?..`
  std::vector<Expr*> sections;
};

struct CascadeReceiverExpr : Expr {
  CascadeReceiverExpr() : Expr(ExprKind::CascadeReceiver) {}
};

struct SwitchExprCase {
  SourceLoc loc;
  Pattern* pattern = nullptr;
  Expr* guard = nullptr;  // `when` clause
  Expr* body = nullptr;
};

struct SwitchExprNode : Expr {
  SwitchExprNode() : Expr(ExprKind::SwitchExpr) {}
  Expr* subject = nullptr;
  std::vector<SwitchExprCase> cases;
};

// `f<int>` (explicit instantiation of a generic function or a generic type literal `List<int>`).
struct TypeInstantiationExpr : Expr {
  TypeInstantiationExpr() : Expr(ExprKind::TypeInstantiation) {}
  Expr* target = nullptr;
  std::vector<TypeNode*> typeArgs;
};

// Placeholder produced after a parse error so later passes have a node to hold on to.
struct ErrorExpr : Expr {
  ErrorExpr() : Expr(ExprKind::Error) {}
};

// ---------------------------------------------------------------------------------------------
// Patterns (Dart 3): switch cases, if-case, destructuring declarations.

enum class PatternKind {
  Constant,     // literal, qualified name, `const (...)`, or any constant expression
  Variable,     // `var x`, `final int x`, `int x`, `x` (in declaration context), `_`
  Wildcard,     // `_` / `int _`
  Relational,   // `< 5`, `== c`
  LogicalOr,    // `p1 || p2`
  LogicalAnd,   // `p1 && p2`
  Cast,         // `p as T`
  NullCheck,    // `p?`
  NullAssert,   // `p!`
  List,         // `[a, b, ...rest]`
  Map,          // `{'k': p}`
  Record,       // `(a, b: p)`
  Object,       // `Point(x: var px, :y)`
  Paren,        // `(p)`
  Rest,         // `...` / `...rest` inside a list pattern
};

struct Pattern : Node {
  explicit Pattern(PatternKind k) : kind(k) {}
  PatternKind kind;
};

struct ConstantPattern : Pattern {
  ConstantPattern() : Pattern(PatternKind::Constant) {}
  Expr* expr = nullptr;
};

struct VariablePattern : Pattern {
  VariablePattern() : Pattern(PatternKind::Variable) {}
  bool isFinal = false;
  TypeNode* type = nullptr;  // null with `var` or a bare name
  Name name;
};

struct WildcardPattern : Pattern {
  WildcardPattern() : Pattern(PatternKind::Wildcard) {}
  TypeNode* type = nullptr;
};

struct RelationalPattern : Pattern {
  RelationalPattern() : Pattern(PatternKind::Relational) {}
  BinaryOp op = BinaryOp::Eq;  // Eq, Ne, Lt, Gt, Le, Ge
  Expr* operand = nullptr;
};

struct BinaryPattern : Pattern {
  explicit BinaryPattern(PatternKind k) : Pattern(k) {}  // LogicalOr or LogicalAnd
  Pattern* left = nullptr;
  Pattern* right = nullptr;
};

struct CastPattern : Pattern {
  CastPattern() : Pattern(PatternKind::Cast) {}
  Pattern* pattern = nullptr;
  TypeNode* type = nullptr;
};

struct UnaryPattern : Pattern {
  explicit UnaryPattern(PatternKind k) : Pattern(k) {}  // NullCheck, NullAssert, Paren
  Pattern* pattern = nullptr;
};

struct RestPattern : Pattern {
  RestPattern() : Pattern(PatternKind::Rest) {}
  Pattern* pattern = nullptr;  // `...rest` binds; plain `...` does not
};

struct ListPattern : Pattern {
  ListPattern() : Pattern(PatternKind::List) {}
  std::vector<TypeNode*> typeArgs;
  std::vector<Pattern*> elements;
};

struct MapPatternEntry {
  SourceLoc loc;
  Expr* key = nullptr;
  Pattern* value = nullptr;
};

struct MapPattern : Pattern {
  MapPattern() : Pattern(PatternKind::Map) {}
  std::vector<TypeNode*> typeArgs;
  std::vector<MapPatternEntry> entries;
};

// A field of a record or object pattern. `name` is empty for positional record fields; for
// `:var x` / `:x` the parser fills `name` from the variable (`inferredName` is set).
struct PatternField {
  SourceLoc loc;
  Name name;
  bool inferredName = false;
  Pattern* pattern = nullptr;
};

struct RecordPattern : Pattern {
  RecordPattern() : Pattern(PatternKind::Record) {}
  std::vector<PatternField> fields;
};

struct ObjectPattern : Pattern {
  ObjectPattern() : Pattern(PatternKind::Object) {}
  NamedTypeNode* type = nullptr;
  std::vector<PatternField> fields;
};

// ---------------------------------------------------------------------------------------------
// Statements.

enum class StmtKind {
  Block,
  VarDecl,
  PatternVarDecl,
  Expr,
  If,
  For,
  ForIn,
  While,
  DoWhile,
  Switch,
  Break,
  Continue,
  Return,
  Try,
  Labeled,
  Assert,
  LocalFunction,
  Yield,
  Empty,
  Error,
};

struct Stmt : Node {
  explicit Stmt(StmtKind k) : kind(k) {}
  StmtKind kind;
};

struct Block : Stmt {
  Block() : Stmt(StmtKind::Block) {}
  std::vector<Stmt*> statements;
  SourceLoc endLoc;  // the closing `}`
};

// Modifiers shared by variable declarations, fields and parameters.
struct VarModifiers {
  bool isFinal = false;
  bool isConst = false;
  bool isLate = false;
  bool isVar = false;
  bool isStatic = false;
  bool isCovariant = false;
  bool isExternal = false;
  bool isAbstract = false;  // `abstract int x;`: an abstract getter (and setter) in a class
};

struct VarDeclarator {
  SourceLoc loc;
  Name name;
  Expr* init = nullptr;
};

// `int a = 1, b;` `final x = ...;` `late String s;`
struct VarDeclStmt : Stmt {
  VarDeclStmt() : Stmt(StmtKind::VarDecl) {}
  VarModifiers modifiers;
  TypeNode* type = nullptr;  // null: inferred (`var`/`final` without a type)
  std::vector<VarDeclarator> vars;
};

// `var (a, b) = pair;` `final [x, y] = list;`
struct PatternVarDeclStmt : Stmt {
  PatternVarDeclStmt() : Stmt(StmtKind::PatternVarDecl) {}
  bool isFinal = false;
  Pattern* pattern = nullptr;
  Expr* init = nullptr;
};

struct ExprStmt : Stmt {
  ExprStmt() : Stmt(StmtKind::Expr) {}
  Expr* expr = nullptr;
};

struct IfStmt : Stmt {
  IfStmt() : Stmt(StmtKind::If) {}
  Expr* condition = nullptr;
  Pattern* casePattern = nullptr;  // `if (expr case pattern when guard)`
  Expr* guard = nullptr;
  Stmt* thenStmt = nullptr;
  Stmt* elseStmt = nullptr;
};

// The parts of a `for (...)`: either C-style or for-in. Shared by statements and collection
// `for` elements.
struct ForLoopParts : Node {
  bool isForIn = false;
  // C-style: `for (init; condition; updates)`. `init` is a VarDeclStmt, or expressions.
  VarDeclStmt* initDecl = nullptr;
  std::vector<Expr*> initExprs;
  // `for (var (a, b) = e; ...)`: a pattern variable declaration as the initializer
  // (`patternIsFinal` tells `final` from `var`).
  Pattern* initPattern = nullptr;
  Expr* initPatternValue = nullptr;
  Expr* condition = nullptr;
  std::vector<Expr*> updates;
  // for-in: `for (var x in e)`, `for (final int x in e)`, `for (x in e)`, `for (var (a, b) in e)`.
  VarDeclStmt* loopVariable = nullptr;  // with one declarator and no initializer
  Expr* loopTarget = nullptr;           // `for (x in e)` assigns an existing variable
  Pattern* loopPattern = nullptr;       // `for (var (a, b) in e)`
  bool patternIsFinal = false;
  Expr* iterable = nullptr;
};

struct ForStmt : Stmt {
  ForStmt() : Stmt(StmtKind::For) {}
  ForLoopParts* parts = nullptr;  // isForIn decides the kind
  Stmt* body = nullptr;
  bool isAwait = false;  // `await for`
};

struct WhileStmt : Stmt {
  WhileStmt() : Stmt(StmtKind::While) {}
  Expr* condition = nullptr;
  Stmt* body = nullptr;
};

struct DoWhileStmt : Stmt {
  DoWhileStmt() : Stmt(StmtKind::DoWhile) {}
  Stmt* body = nullptr;
  Expr* condition = nullptr;
};

// One `case` head of a switch statement. In Dart 3 every case is a pattern; a plain constant
// like `case 1:` is a ConstantPattern.
struct SwitchCaseHead {
  SourceLoc loc;
  Pattern* pattern = nullptr;
  Expr* guard = nullptr;
};

struct SwitchMember {
  SourceLoc loc;
  std::vector<Name> labels;         // `label: case ...`
  std::vector<SwitchCaseHead> heads;  // several heads share one body; empty for `default:`
  bool isDefault = false;
  std::vector<Stmt*> body;
};

struct SwitchStmt : Stmt {
  SwitchStmt() : Stmt(StmtKind::Switch) {}
  Expr* subject = nullptr;
  std::vector<SwitchMember> members;
};

struct BreakStmt : Stmt {
  BreakStmt() : Stmt(StmtKind::Break) {}
  Name label;  // empty when unlabeled
};

struct ContinueStmt : Stmt {
  ContinueStmt() : Stmt(StmtKind::Continue) {}
  Name label;
};

struct ReturnStmt : Stmt {
  ReturnStmt() : Stmt(StmtKind::Return) {}
  Expr* value = nullptr;
};

struct CatchClause {
  SourceLoc loc;
  TypeNode* onType = nullptr;  // `on T`; null catches everything
  Name exceptionName;          // `catch (e)`; empty without a catch part
  Name stackTraceName;         // `catch (e, st)`
  SourceLoc exceptionLoc;
  SourceLoc stackTraceLoc;
  Block* body = nullptr;
};

struct TryStmt : Stmt {
  TryStmt() : Stmt(StmtKind::Try) {}
  Block* body = nullptr;
  std::vector<CatchClause> catches;
  Block* finallyBlock = nullptr;
};

struct LabeledStmt : Stmt {
  LabeledStmt() : Stmt(StmtKind::Labeled) {}
  std::vector<Name> labels;
  Stmt* body = nullptr;
};

struct AssertStmt : Stmt {
  AssertStmt() : Stmt(StmtKind::Assert) {}
  Expr* condition = nullptr;
  Expr* message = nullptr;
};

struct LocalFunctionStmt : Stmt {
  LocalFunctionStmt() : Stmt(StmtKind::LocalFunction) {}
  FunctionDecl* function = nullptr;
};

struct YieldStmt : Stmt {
  YieldStmt() : Stmt(StmtKind::Yield) {}
  Expr* value = nullptr;
  bool isStar = false;  // `yield*`
};

struct EmptyStmt : Stmt {
  EmptyStmt() : Stmt(StmtKind::Empty) {}
};

struct ErrorStmt : Stmt {
  ErrorStmt() : Stmt(StmtKind::Error) {}
};

// ---------------------------------------------------------------------------------------------
// Declarations.

enum class ParamKind { RequiredPositional, OptionalPositional, Named };

struct FormalParam : Node {
  ParamKind kind = ParamKind::RequiredPositional;
  VarModifiers modifiers;      // final, covariant, var
  bool isRequired = false;     // `required` named parameter
  bool isThisField = false;    // `this.x`
  bool isSuperParam = false;   // `super.x`
  TypeNode* type = nullptr;    // null when omitted; a FunctionTypeNode for `int f(int)` params
  Name name;
  Expr* defaultValue = nullptr;
};

enum class AsyncKind { Sync, Async, SyncStar, AsyncStar };

enum class FunctionKind { Function, Getter, Setter, Operator };

// Top-level functions, methods, getters, setters, operators, local functions and function
// literals. Constructors have their own node.
struct FunctionDecl : Node {
  Name name;                  // operator declarations use the operator's text: "+", "[]=", "unary-"
  FunctionKind functionKind = FunctionKind::Function;
  TypeNode* returnType = nullptr;  // null when omitted
  std::vector<TypeParam*> typeParams;
  std::vector<FormalParam*> params;
  bool hasParamList = true;   // false for getters
  AsyncKind asyncKind = AsyncKind::Sync;
  // Exactly one of these describes the body; both null means no body (`;`, abstract/external).
  Block* blockBody = nullptr;
  Expr* arrowBody = nullptr;
  bool isStatic = false;
  bool isAbstract = false;   // a method without body in a class
  bool isExternal = false;
  std::vector<Expr*> annotations;
};

enum class InitializerKind { Field, Super, Redirect, Assert };

struct Initializer : Node {
  InitializerKind kind = InitializerKind::Field;
  Name name;              // the field for Field; the named constructor for Super/Redirect (may be empty)
  Expr* value = nullptr;  // Field: the value; Assert: the condition
  Expr* message = nullptr;  // Assert's message
  ArgumentList args;      // Super / Redirect
};

struct ConstructorDecl : Node {
  Name className;  // as written; checked against the enclosing class
  Name name;       // empty for the unnamed constructor
  bool isConst = false;
  bool isFactory = false;
  bool isExternal = false;
  std::vector<FormalParam*> params;
  std::vector<Initializer*> initializers;
  Block* blockBody = nullptr;
  Expr* arrowBody = nullptr;       // factories may use `=>`
  NamedTypeNode* redirectType = nullptr;  // `factory C() = D<T>.named;`
  Name redirectName;
  std::vector<Expr*> annotations;
};

struct FieldDecl : Node {
  VarModifiers modifiers;
  TypeNode* type = nullptr;
  std::vector<VarDeclarator> vars;
  std::vector<Expr*> annotations;
};

// A class member: exactly one of the three pointers is set.
struct MemberDecl {
  FieldDecl* field = nullptr;
  FunctionDecl* method = nullptr;
  ConstructorDecl* constructor = nullptr;
};

enum class DeclKind { Class, Mixin, Enum, Extension, Typedef, Function, Variable };

struct Decl : Node {
  explicit Decl(DeclKind k) : kind(k) {}
  DeclKind kind;
  std::vector<Expr*> annotations;
};

struct ClassModifiers {
  bool isAbstract = false;
  bool isBase = false;
  bool isInterface = false;
  bool isFinal = false;
  bool isSealed = false;
  bool isMixinClass = false;  // `mixin class`
};

// `class C<T> extends B with M implements I { ... }` and the alias form `class C = B with M;`.
struct ClassDecl : Decl {
  ClassDecl() : Decl(DeclKind::Class) {}
  Name name;
  SourceLoc nameLoc;
  ClassModifiers modifiers;
  std::vector<TypeParam*> typeParams;
  NamedTypeNode* superclass = nullptr;
  std::vector<NamedTypeNode*> mixins;
  std::vector<NamedTypeNode*> interfaces;
  std::vector<MemberDecl> members;
  bool isAlias = false;
};

struct MixinDecl : Decl {
  MixinDecl() : Decl(DeclKind::Mixin) {}
  Name name;
  SourceLoc nameLoc;
  bool isBase = false;
  std::vector<TypeParam*> typeParams;
  std::vector<NamedTypeNode*> onTypes;
  std::vector<NamedTypeNode*> interfaces;
  std::vector<MemberDecl> members;
};

struct EnumValueDecl {
  SourceLoc loc;
  Name name;
  std::vector<TypeNode*> typeArgs;
  Name constructorName;  // `value.named(args)`
  ArgumentList args;     // empty with loc invalid when no argument list is written
  bool hasArgs = false;
  std::vector<Expr*> annotations;
};

struct EnumDecl : Decl {
  EnumDecl() : Decl(DeclKind::Enum) {}
  Name name;
  SourceLoc nameLoc;
  std::vector<TypeParam*> typeParams;
  std::vector<NamedTypeNode*> mixins;
  std::vector<NamedTypeNode*> interfaces;
  std::vector<EnumValueDecl> values;
  std::vector<MemberDecl> members;
};

struct ExtensionDecl : Decl {
  ExtensionDecl() : Decl(DeclKind::Extension) {}
  Name name;  // empty for an unnamed extension
  SourceLoc nameLoc;
  std::vector<TypeParam*> typeParams;
  TypeNode* onType = nullptr;
  std::vector<MemberDecl> members;
  // `extension type [const] Name<T>.ctor(Rep r) implements I { ... }` (Dart 3.3): `onType`
  // stays null; the representation is the primary constructor's only parameter
  // (docs/extension_types.md).
  bool isExtensionType = false;
  bool isConst = false;
  Name primaryName;            // `Name.ctor(...)`; empty for the unnamed primary constructor
  SourceLoc primaryLoc;
  FormalParam* representation = nullptr;  // null after a syntax error
  std::vector<NamedTypeNode*> interfaces;
};

// `typedef F<T> = R Function(T);` and the old form `typedef R F<T>(T x);`.
struct TypedefDecl : Decl {
  TypedefDecl() : Decl(DeclKind::Typedef) {}
  Name name;
  SourceLoc nameLoc;
  std::vector<TypeParam*> typeParams;
  TypeNode* aliased = nullptr;
};

struct FunctionDeclaration : Decl {
  FunctionDeclaration() : Decl(DeclKind::Function) {}
  FunctionDecl* function = nullptr;
};

struct VariableDeclaration : Decl {
  VariableDeclaration() : Decl(DeclKind::Variable) {}
  FieldDecl* field = nullptr;  // top-level variables share the field's shape
};

// Directives.
struct Combinator {
  bool isShow = true;
  std::vector<Name> names;
};

enum class DirectiveKind { Library, Import, Export, Part, PartOf };

struct Directive : Node {
  DirectiveKind kind = DirectiveKind::Import;
  std::string uri;  // decoded string literal; empty for `library name;`
  SourceLoc uriLoc;
  std::string libraryName;  // `library a.b;` and `part of a.b;`: the dotted name
  Name prefix;      // `as p`
  bool isDeferred = false;
  std::vector<Combinator> combinators;
};

// One parsed file.
struct CompilationUnit : Node {
  FileId file = kNoFile;
  std::vector<Directive*> directives;
  std::vector<Decl*> declarations;
};

}  // namespace dartc::ast
