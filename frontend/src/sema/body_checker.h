// The body checker: resolves, type-checks and lowers one member body (or field initializer) from
// syntax to kernel, with flow analysis (promotion, definite assignment, reachability) and local
// type inference. Split by topic over several files: body_checker.cpp (members, functions,
// scopes), expressions.cpp, calls.cpp, assignments.cpp, collections.cpp, statements.cpp.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "sema/checker.h"
#include "sema/flow.h"

namespace dartc::sema {

struct AssignedNames;
using kernel::Expression;
using kernel::FunctionNode;
using kernel::Statement;
using kernel::Variable;

// Where a value is assigned: decides the wording of a type mismatch.
enum class AssignContext {
  Variable, Argument, Return, ListElement, SetElement, MapKey, MapValue, Field,
  FieldFormal,       // `this.x` parameter to its field
  FieldInitializer,  // `: x = value` in a constructor's initializer list
  Other
};

// What an identifier in a body refers to.
struct NameRef {
  enum class Kind {
    None,
    Local,           // a local variable or parameter
    LocalFunction,   // a local function declaration
    ThisMember,      // an instance member reached through implicit `this`
    StaticMember,    // a static member of the enclosing class
    ExtensionMember, // an instance member of the enclosing extension (implicit `this`)
    TopLevel,        // a top-level function, getter, setter or variable; or a class/typedef/extension
    TypeParameter,
    ThisExtension,   // an extension member applicable to `this` (e.g. an enum's `name`)
  } kind = Kind::None;
  Variable* variable = nullptr;
  FunctionNode* localFunction = nullptr;
  Member* getter = nullptr;
  Member* setter = nullptr;
  TopBinding top;
  TypeParameter* typeParam = nullptr;
  ExtensionMember extensionMember;
};

class BodyChecker {
 public:
  BodyChecker(Checker& c, LibraryInfo* lib, Class* cls, ExtensionInfo* ext, const Substitution* mixinSubst);
  Checker& checker() { return c_; }

  void checkProcedure(Procedure* p, ast::FunctionDecl* fd);
  void checkConstructor(Constructor* k, ast::ConstructorDecl* cd);  // cd null for implicit ones
  void checkRedirectTarget(FunctionNode* factory, const InterfaceType* target, const FunctionNode* targetFn,
                           SourceLoc loc);
  void checkFactory(Procedure* p, ast::ConstructorDecl* cd);
  // Instance and static field initializers; `isInstance` enables `this` (only in late fields).
  Expression* checkFieldInitializer(Field* f, ast::Expr* init);
  // Top-level inference: the static type of an initializer, without keeping the result.
  const DartType* inferInitializerType(ast::Expr* init, bool isInstanceField);
  void checkEnumValues(Class* cls, ast::EnumDecl* decl);

  // --- Expressions -----------------------------------------------------------------------------
  Expression* check(ast::Expr* e, const DartType* context);
  Expression* checkForEffect(ast::Expr* e);
  Expression* checkAssignable(ast::Expr* e, const DartType* target, AssignContext ctx);
  Expression* coerce(Expression* e, const DartType* target, SourceLoc loc, AssignContext ctx);
  // Checks a condition and returns the flow states on its true and false exits.
  // `what` names the construct for the analyzer's wording of a non-bool operand.
  enum class ConditionUse { Condition, Negation, LogicalAnd, LogicalOr, Assert };
  Expression* checkCondition(ast::Expr* e, FlowState& whenTrue, FlowState& whenFalse,
                             ConditionUse what = ConditionUse::Condition);

  // --- Statements --------------------------------------------------------------------------------
  Statement* checkStatement(ast::Stmt* s);
  kernel::Block* checkBlock(ast::Block* b);

  // A checked collection element, before it is emitted (collections.cpp).
  struct CheckedElement;

 private:
  friend class CallChecker;
  friend class PatternLowering;  // sema/patterns*.cpp
  friend struct ExhaustivenessChecker;
  friend void bindIntoScope(BodyChecker& b, const std::map<Name, Variable*>& bindings);
  // --- Scopes (body_checker.cpp) ---
  struct Scope {
    std::unordered_map<Name, Variable*> variables;
    std::unordered_map<Name, FunctionNode*> localFunctions;
    std::unordered_set<Name> declaredLater;  // names declared further down in this block
    std::vector<TypeParameter*> typeParams;
    // Names that may not be used here, with the error a use gets (a pattern variable that only
    // some of the cases sharing a body declare).
    std::unordered_map<Name, std::string> unavailable;
  };
  void pushScope() { scopes_.emplace_back(); }
  void popScope() { scopes_.pop_back(); }
  Variable* declareLocal(SourceLoc loc, Name name, const DartType* type, bool hasInitializer);
  void declareLocalFunction(Name name, Variable* var, FunctionNode* fn);
  NameRef resolveName(Name name, SourceLoc loc);
  // "Undefined name", unless resolveName has just reported this use as one before its
  // declaration (one error per use, as the CFE gives).
  void undefinedName(SourceLoc loc, Name name);
  Checker::TypeScope typeScope() const;
  // The type parameters the enclosing class's source names: in a mixin member re-checked for an
  // application, the mixin's, which mixinSubst_ maps to the application's arguments.
  const std::vector<TypeParameter*>& sourceClassTypeParams() const;
  // The type a type parameter named in the source denotes here (see sourceClassTypeParams).
  const DartType* typeParameterType(TypeParameter* p);
  const DartType* resolveType(ast::TypeNode* node);
  // Reports the first type argument of `cls` (written at `argNodes`) that isn't within its
  // parameter's bound. Returns false when one was reported.
  bool checkTypeArgumentBounds(Class* cls, const std::vector<const DartType*>& args,
                               const std::vector<ast::TypeNode*>& argNodes, SourceLoc fallback);
  void checkWrittenTypeBounds(ast::TypeNode* node, const DartType* type);
  const DartType* thisType() const;
  // The receiver of an implicit `this` access: `this`, or an extension's receiver parameter.
  Expression* implicitThis(SourceLoc loc);
  bool inInstanceContext() const { return !isStaticContext_ && (cls_ || ext_); }

  // --- Functions (body_checker.cpp) ---
  struct FunctionContext {
    FunctionNode* function = nullptr;
    const DartType* returnType = nullptr;  // null while inferring a closure's return type
    std::vector<const DartType*> returnedTypes;
    // While inferring a closure's return type: the context's return type (the context of its
    // return expressions), and the returns whose values become the closure's return type's
    // (coerced to it when the context's return type wins).
    const DartType* returnContext = nullptr;
    std::vector<kernel::ReturnStmt*> inferredReturns;
    std::string_view name;  // for diagnostics
    bool isClosure = false;
    // An async or generator body, already rejected as a whole: its awaits, yields and missing
    // returns are not reported again.
    bool unsupportedBody = false;
    size_t scopeDepth = 0;  // scopes_ size at entry: variables below belong to outer functions
    Variable* asyncFuture = nullptr;  // `async` bodies: the future the lowering completes
    // `async*` bodies (async_star_lowering.cpp): the controller `yield` adds to, the label a
    // `yield` breaks to when the listener has canceled, and the element type (null while
    // inferring a closure's, from the yielded types).
    Variable* asyncStarController = nullptr;
    kernel::LabeledStmt* asyncStarExit = nullptr;
    const DartType* yieldType = nullptr;
    std::vector<const DartType*> yieldedTypes;
    // The inner coroutine of a `sync*` function (sync_star_lowering.cpp): the state its yields
    // hand values to (asyncStarExit is then the label `return;` breaks to).
    Variable* syncStarState = nullptr;
  };
  void checkFunctionBody(FunctionNode* fn, ast::FunctionDecl* decl, std::string_view name);
  // `redirecting`: the parameters of a redirecting factory, whose optional parameters may not
  // declare defaults and take those of `redirectTarget` (null when it wasn't found: reported).
  void checkDefaultValues(FunctionNode* fn, const std::vector<ast::FormalParam*>& params, bool redirecting = false,
                          const FunctionNode* redirectTarget = nullptr);
  void declareParameters(FunctionNode* fn);
  Statement* checkBody(ast::Block* block, ast::Expr* arrow, bool arrowReturnsValue);
  // Checks a local function or function literal; `into` is a node created in advance for
  // declarations that can refer to themselves.
  FunctionNode* checkLocalFunction(ast::FunctionDecl* decl, const DartType* context, Variable* selfVar,
                                   FunctionNode* into = nullptr);
  void noteVariableUse(Variable* v);  // capture analysis
  Expression* readVariable(Variable* v, SourceLoc loc);
  // True when it reported; `declaredReturn` is null while a closure's type is not resolved yet.
  bool rejectUnsupportedAsync(ast::FunctionDecl* decl, const DartType* declaredReturn);
  // sync* (sync_star_lowering.cpp): true when the analyzer's return-type error was reported.
  bool rejectSyncStarReturnType(ast::FunctionDecl* decl, const DartType* declaredReturn);
  // T of a declared Iterable<T> (dynamic otherwise).
  const DartType* iterableElementType(const DartType* declared);
  // Checks a sync* body (the parameters of `outer` declared) inside a new coroutine closure and
  // returns the lowered body of `outer`; `element` is null while inferring a closure's element
  // type, which is then stored in *elementOut.
  Statement* checkSyncStarBody(FunctionNode* outer, ast::FunctionDecl* decl, const DartType* element,
                               const AssignedNames& assigned, const DartType** elementOut);
  Statement* lowerSyncStarYield(ast::YieldStmt* s, Expression* value);
  bool inUnsupportedBody() const { return !functions_.empty() && functions_.back().unsupportedBody; }

  // --- async functions (async_lowering.cpp) ---
 public:
  const DartType* futureValueType(const DartType* declared);
  const DartType* flattenType(const DartType* t);

 private:
  // The context type of `return e` in an async function whose future value type is `value`.
  const DartType* asyncReturnContext(const DartType* value);
  bool checkAsyncReturnType(const DartType* declared, SourceLoc loc);  // false when it reported
  bool beginAsyncBody(FunctionContext& ctx, FunctionNode* fn, SourceLoc loc);
  Expression* lowerAwait(Expression* operand, SourceLoc loc);
  Statement* finishAsyncBody(FunctionNode* fn, Variable* future, const DartType* valueType, Statement* body, SourceLoc loc);
  Procedure* asyncFutureMethod(std::string_view name);
  Expression* callAsyncFuture(Variable* future, std::string_view name, std::vector<Expression*> args, SourceLoc loc);
  // Replaces the returns of a lowered body with `break exit;` (after `:result = value;`).
  Statement* rewriteReturns(FunctionNode* fn, Statement* body, kernel::LabeledStmt* exit, Variable* result);
  kernel::StaticInvocation* coroutineFrame(SourceLoc loc);
  // `cls<typeArg>(arg)` by the class's only constructor: the state objects of lowered bodies.
  kernel::ConstructorInvocation* constructState(Class* cls, const DartType* typeArg, Expression* arg, SourceLoc loc);
  // catch (e, s) { report(e, s); return; }: where a lowered body's uncaught errors go.
  kernel::CatchClause* catchAllAndReturn(FunctionNode* fn, SourceLoc loc,
                                         const std::function<Expression*(Variable*, Variable*)>& report);
  Statement* suspendStatement(SourceLoc loc);  // a suspension point (kernel AwaitExpr of nothing)


  // --- Expressions (expressions.cpp) ---
  Expression* checkIntLiteral(ast::IntLiteralExpr* e, const DartType* context, bool negated);
  Expression* checkIdentifier(ast::IdentifierExpr* e, const DartType* context);
  Expression* checkPropertyAccess(ast::PropertyAccessExpr* e, const DartType* context);
  Expression* checkBinary(ast::BinaryExpr* e, const DartType* context);
  Expression* checkPrefix(ast::PrefixExpr* e, const DartType* context);
  // Operators on `super` (super_operators.cpp).
  kernel::SuperInvocation* superOperatorCall(Name op, SourceLoc opLoc, SourceLoc loc, const FunctionType** signature);
  Expression* superBinaryOperator(Name op, ast::Expr* right, SourceLoc opLoc, SourceLoc loc);
  Expression* superEquality(ast::Expr* right, bool negated, SourceLoc opLoc, SourceLoc loc);
  Expression* superUnaryOperator(Name op, SourceLoc loc);
  Expression* checkPostfix(ast::PostfixExpr* e, const DartType* context);
  Expression* checkConditionalExpr(ast::ConditionalExpr* e, const DartType* context);
  Expression* checkIs(ast::IsExpr* e);
  Expression* checkAs(ast::AsExpr* e);
  Expression* checkThrow(ast::ThrowExpr* e);
  Expression* checkCascade(ast::CascadeExpr* e, const DartType* context);
  Expression* checkStringLiteral(ast::StringLiteralExpr* e);
  Expression* checkFunctionExpr(ast::FunctionExprNode* e, const DartType* context);
  Expression* checkIndex(ast::IndexExpr* e);
  // Instance member access on an already checked receiver.
  Expression* instanceGet(Expression* receiver, Name name, SourceLoc loc, bool forInvocation);
  // The CFE's covariance check of a read or a method's result (expressions.cpp).
  Expression* covarianceChecked(Expression* value, Expression* receiver, Member* member, const DartType* declared);
  // Field promotion: the synthetic variable that stands for `this._f` in flow states when the
  // field `_f` is promotable (Checker::isPromotableField), else null.
  Variable* fieldPromotionKey(Expression* e);
  // Per (receiver variable, field): null receiver for `this._f`, else x's variable or key.
  std::map<std::pair<const Variable*, Field*>, Variable*> fieldKeys_;
  Expression* binaryOperator(Expression* left, Name op, ast::Expr* rightNode, Expression* rightChecked,
                             SourceLoc loc);
  Expression* equality(Expression* left, Expression* right, bool negated, SourceLoc loc);
  // `receiver?.x`: evaluates `body(tmp)` when the receiver is not null. Null shortening: the
  // test is not built here but registered (shortNullAware), so the selectors that follow
  // (`a?.b.c()[0]!`, or an assignment `a?.b = v`) are skipped too when the receiver is null; the
  // outermost expression of the selector chain wraps the whole chain (closeNullShorting, from
  // check()). Selectors check their target through checkSelectorTarget to extend the chain.
  Expression* nullAware(Expression* receiver, const std::function<Expression*(Expression*)>& body);
  Expression* shortNullAware(Expression* receiver);
  Expression* checkSelectorTarget(ast::Expr* target, const DartType* context = nullptr);
  Expression* closeNullShorting(Expression* chain, size_t mark);
  struct NullGuard {
    Variable* receiver;    // the receiver's value, tested for null
    FlowState whenNull;    // the flow state where the chain is skipped
  };
  std::vector<NullGuard> nullGuards_;
  bool selectorTarget_ = false;  // the expression being checked is the target of a selector
  Expression* staticGet(Member* m, SourceLoc loc);
  Expression* typeLiteral(const DartType* t, SourceLoc loc);
  // The type literal a class name denotes as an expression (`Null`, `int`, `List`).
  Expression* classTypeLiteral(Class* cls, SourceLoc loc);
  // Constructors named through a type alias (alias_constructors.cpp). The class the alias
  // denotes (null if it isn't a class type) and the type a constructor call creates, given the
  // alias's type arguments as written (none: inferred); `type` is null when the class's type
  // arguments are to be inferred as for a call naming the class.
  struct AliasedClass {
    Class* cls = nullptr;
    const InterfaceType* type = nullptr;
    bool failed = false;  // an error was reported
  };
  AliasedClass aliasedClass(TypedefInfo* td, const std::vector<const DartType*>& typeArgs, SourceLoc loc);
  // The class an alias denotes (its members' class), or null.
  Class* classOfAlias(TypedefInfo* td, SourceLoc loc);
  // The alias a written type names, or null.
  TypedefInfo* typedefNamed(const ast::NamedTypeNode* type);
  // `Alias(...)`, `Alias<T>(...)`, `Alias.named(...)`: null when the alias isn't a class type.
  Expression* aliasedConstructorCall(TypedefInfo* td, const std::vector<ast::TypeNode*>& typeArgNodes, Name ctorName,
                                     ast::ArgumentList& args, const DartType* context, SourceLoc loc, SourceLoc nameLoc);
  // `Alias.new`, `Alias.named`: null when the alias's class has no such constructor.
  Expression* aliasedConstructorTearOff(TypedefInfo* td, Name ctorName, SourceLoc loc);
  // Generic function instantiation (function_instantiation.cpp): `fn<typeArgs>`, and the
  // implicit one when a generic function meets a non-generic function type context (returns
  // `e` itself when that doesn't apply).
  Expression* instantiateFunction(Expression* fn, const std::vector<const DartType*>& typeArgs, SourceLoc loc);
  Expression* instantiateForContext(Expression* e, const DartType* context);
  Expression* instantiateInstanceMethod(kernel::InstanceTearOff* tearOff, const std::vector<const DartType*>& typeArgs,
                                        SourceLoc loc);
  Expression* invalid(SourceLoc loc);
  bool isObjectMember(Name name) const;
  void checkNotNullable(Expression* receiver, Name name, SourceLoc loc, const char* what);

  // --- Calls (calls.cpp) ---
  Expression* checkMethodCall(ast::MethodCallExpr* e, const DartType* context);
  Expression* checkFunctionCall(ast::FunctionCallExpr* e, const DartType* context);
  Expression* checkInstanceCreation(ast::InstanceCreationExpr* e, const DartType* context);
  Expression* instanceInvocation(Expression* receiver, Name name, ast::MethodCallExpr* call, const DartType* context,
                                 SourceLoc loc);
  Expression* invokeValue(Expression* callee, const std::vector<ast::TypeNode*>& typeArgs, ast::ArgumentList& args,
                          const DartType* context, SourceLoc loc);
  Expression* constructorCall(Class* cls, const InterfaceType* explicitType, Name ctorName, ast::ArgumentList& args,
                              bool isConst, const DartType* context, SourceLoc loc, SourceLoc nameLoc,
                              const std::vector<ast::TypeNode*>& typeArgNodes);
  Expression* staticInvocation(Procedure* p, ast::MethodCallExpr* e, const DartType* context);
  // Arguments evaluated into temporaries to keep source order; `wrapHoisted` binds them
  // around the finished call.
  std::vector<Variable*> hoisted_;
  // When arguments of a call were hoisted into temporaries since `mark` (a named argument written
  // before a positional one), the receiver or callee, which Dart evaluates before every argument,
  // is hoisted ahead of them.
  Expression* hoistBeforeArguments(Expression* receiver, size_t mark);
  // Adds checked arguments to `out`, hoisting them when a named one precedes a positional one.
  void placeInSourceOrder(const std::vector<std::pair<ast::Argument*, Expression*>>& values, kernel::Arguments* out);
  // The arguments of a dynamic call, checked without a context.
  std::vector<std::pair<ast::Argument*, Expression*>> checkUntyped(ast::ArgumentList& args);
  Expression* wrapHoisted(Expression* call, size_t mark);
  ExtensionInfo* findExtension(const DartType* receiverType, Name name, bool setter, SourceLoc loc, ExtensionMember* found);
  // A member declared by the extension type of `receiverType` or by an extension type it
  // implements (extension_types.cpp); they take precedence over every other extension.
  ExtensionInfo* extensionTypeMember(const DartType* receiverType, Name name, bool setter, ExtensionMember* found);
  // `E.new` / `E.named`: a tear-off of the constructor's static function, typed as returning E
  // (null when E has no such constructor).
  Expression* extensionTypeConstructorTearOff(ExtensionInfo* ext, Name ctorName, SourceLoc loc);
  // Checks arguments against a (possibly generic) function type; infers missing type
  // arguments from the arguments and the context. `typeArgsOut` receives the instantiation.
  kernel::Arguments* checkArguments(const FunctionType* type, const std::vector<ast::TypeNode*>& explicitTypeArgs,
                                    ast::ArgumentList& args, const DartType* context, SourceLoc loc,
                                    const FunctionType** instantiated, Expression* leadingReceiver = nullptr,
                                    std::string_view calleeName = {});
  // Reports the first type argument that isn't within its parameter's bound (with the wording
  // for inferred or for explicit arguments); false when one was reported.
  bool checkTypeArgumentsAgainstBounds(const std::vector<TypeParameter*>& params, const std::vector<const DartType*>& args,
                                       bool inferred, SourceLoc loc);
  Expression* extensionAccess(Expression* receiver, Name name, bool setter, SourceLoc loc, ExtensionMember* found,
                              std::vector<const DartType*>* typeArgs);

  // --- Extensions (extensions.cpp) ---
  // `E(e)`, `E<T>(e)`, `prefix.E(e)` as the target of a member access: the extension, its type
  // arguments and the checked receiver.
  struct ExtensionApplication {
    ExtensionInfo* ext = nullptr;
    std::vector<const DartType*> typeArgs;
    Expression* receiver = nullptr;
    SourceLoc loc;
  };
  // The extension an expression applies (without checking anything), or null.
  ExtensionInfo* appliedExtension(ast::Expr* target);
  // Checks an extension application; `nullAware` for `E(e)?.m`: the receiver is then tested
  // for null (null shortening) before the type arguments are inferred from it.
  std::optional<ExtensionApplication> checkExtensionApplication(ast::Expr* target, bool nullAware);
  // The extension's type arguments inferred from a receiver that it applies to.
  std::vector<const DartType*> inferExtensionTypeArgs(ExtensionInfo* ext, const DartType* receiverType);
  // An extension member's signature with the extension's type arguments in place and only its
  // own type parameters left (fresh ones, their bounds rewritten the same way), without its
  // first `skip` positional parameters (1: without `this`); null when it has none such.
  const FunctionType* extensionMemberSignature(ExtensionInfo* ext, const std::vector<const DartType*>& extTypeArgs, Procedure* p,
                                               size_t skip);
  // A call of an extension instance member (method, operator, getter, setter) with the
  // extension's type arguments given, and the member's own explicit or inferred.
  Expression* extensionMemberCall(ExtensionInfo* ext, const std::vector<const DartType*>& extTypeArgs, Procedure* p,
                                  Expression* receiver, const std::vector<ast::TypeNode*>& typeArgs, ast::ArgumentList& args,
                                  const DartType* context, SourceLoc loc, Name name);
  // The static type of int/double arithmetic and of num.clamp (expressions.cpp).
  const DartType* numberOperationType(const DartType* receiverBound, const std::vector<const DartType*>& argTypes,
                                      const DartType* fallback);
  // A closure forwarding its parameters to a call (tear-offs made in the frontend): the function
  // with `type`'s parameters, named and marked required as `declared`'s (its first `skip`
  // positional ones left out), capturing `captured`, its parameters appended to `args`; with
  // `forwardDefaults`, their defaults are `declared`'s. forwardingClosure makes it return `call`.
  kernel::FunctionNode* forwardingFunction(const FunctionType* type, kernel::FunctionNode* declared, size_t skip,
                                           Variable* captured, kernel::Arguments* args, bool forwardDefaults, SourceLoc loc);
  Expression* forwardingClosure(kernel::FunctionNode* fn, Expression* call, Variable* captured, SourceLoc loc);
  // `o.m` for an extension method m: a closure over the evaluated receiver (extension_tear_offs.cpp).
  Expression* extensionTearOff(ExtensionInfo* ext, const std::vector<const DartType*>& extTypeArgs, Procedure* p,
                               Expression* receiver, SourceLoc loc);
  // Member accesses on an explicit extension application.
  Expression* extensionApplicationGet(const ExtensionApplication& app, Name name, SourceLoc loc);
  Expression* extensionApplicationCall(const ExtensionApplication& app, Name name, const std::vector<ast::TypeNode*>& typeArgs,
                                       ast::ArgumentList& args, const DartType* context, SourceLoc loc);
  ExtensionInfo* extensionOf(Procedure* p) const;

  // --- Assignments (assignments.cpp) ---
  Expression* checkAssignment(ast::AssignmentExpr* e, const DartType* context);
  Expression* checkIncDec(ast::Expr* target, bool increment, bool prefix, SourceLoc loc);
  // An lvalue: knows how to read and write itself, evaluating its subexpressions once.
  struct LValue;
  std::optional<LValue> lvalue(ast::Expr* target);

  // --- Collections (collections.cpp) ---
  enum class CollectionKind { List, Set, Map };
  struct ForInParts {
    Variable* iterator = nullptr;      // `final it = iterable.iterator` (null after an error)
    Expression* moveNext = nullptr;    // `it.moveNext()`
    Expression* current = nullptr;     // `it.current`
    const DartType* elementType = nullptr;
  };
  ForInParts forInParts(Expression* iterable, SourceLoc loc, bool isMapSpread);
  // --- async* functions and `await for` (async_star_lowering.cpp) ---
  bool checkAsyncStarReturnType(const DartType* declared, SourceLoc loc);  // false when it reported
  const DartType* streamElementType(const DartType* declared);
  bool beginAsyncStarBody(FunctionContext& ctx, FunctionNode* fn, SourceLoc loc);
  Statement* checkYield(ast::YieldStmt* s);
  Statement* finishAsyncStarBody(FunctionNode* fn, const FunctionContext& ctx, const DartType* elementType,
                                 Statement* body, SourceLoc loc);
  // `await for`: the stream's iterator and its awaited moveNext (null iterator after an error).
  ForInParts awaitForParts(Expression* stream, SourceLoc loc);
  // try { loop } finally { if (it._isListening) await it.cancel(); }
  Statement* awaitForCleanup(Variable* iterator, Statement* loop, SourceLoc loc);
  Expression* callMember(Expression* receiver, Class* cls, std::string_view name, std::vector<Expression*> args,
                         SourceLoc loc);
  kernel::Block* forInLoop(const ForInParts& parts, Statement* body, SourceLoc loc, kernel::WhileStmt** loopOut);
  // The statement binding a for-in loop's variable (declaration or assignment) to `it.current`.
  Statement* bindLoopVariable(ast::ForLoopParts* p, const ForInParts& parts, SourceLoc loc);
  // `undecided`: a `{...}` literal whose elements are all spreads, not known yet to be a set or a
  // map: spreads are checked without a context and typed later (spreadElementTypes).
  CheckedElement checkElement(ast::Element* el, const DartType* elementContext, const DartType* keyContext, bool isMap,
                              bool undecided = false);
  void spreadElementTypes(CheckedElement& out, SourceLoc exprLoc, bool isMap);
  Statement* emitElement(CheckedElement& e, Variable* target, const DartType* elementType, const DartType* keyType,
                         CollectionKind kind);
  Expression* buildCollection(std::vector<CheckedElement>& elements, CollectionKind kind, const DartType* elementType,
                              const DartType* keyType, bool isConst, SourceLoc loc);
  void collectDeclaredVariables(Statement* s, std::vector<Variable*>& out);
  const DartType* upperBoundOf(const std::vector<const DartType*>& list);
  Expression* checkListLiteral(ast::ListLiteralExpr* e, const DartType* context);
  Expression* checkSetOrMapLiteral(ast::SetOrMapLiteralExpr* e, const DartType* context);
  Expression* checkRecordLiteral(ast::RecordLiteralExpr* e, const DartType* context);
  // `record.$1` / `record.name` (sema/records.cpp); null when the record has no such field.
  Expression* recordFieldGet(Expression* receiver, const kernel::RecordType* record, Name name, SourceLoc loc);

  // --- Statements (statements.cpp) ---
  Statement* checkVarDecl(ast::VarDeclStmt* s);
  Statement* checkIf(ast::IfStmt* s);
  Statement* checkWhile(ast::WhileStmt* s);
  Statement* checkDoWhile(ast::DoWhileStmt* s);
  Statement* checkFor(ast::ForStmt* s);
  Statement* checkForIn(ast::ForStmt* s);
  Statement* checkSwitch(ast::SwitchStmt* s);
  Statement* checkTry(ast::TryStmt* s);
  Statement* checkReturn(ast::ReturnStmt* s);
  Statement* checkBreakContinue(ast::Stmt* s, bool isBreak);
  Statement* checkLabeled(ast::LabeledStmt* s);
  Statement* checkLocalFunctionStmt(ast::LocalFunctionStmt* s);
  void collectBlockDeclarations(const std::vector<ast::Stmt*>& statements);
  // Checks `s` into `into`, splicing the statements of a lowered declaration.
  void appendStatement(kernel::Block* into, ast::Stmt* s);
  // Adds a for-in loop's variable binding to its body block, splicing a pattern's.
  void appendLoopBinding(kernel::Block* into, ast::ForLoopParts* p, Statement* binding);

  // Break/continue targets.
  struct JumpTarget {
    Statement* statement = nullptr;  // the loop, switch or LabeledStmt
    std::vector<Name> labels;
    bool isLoop = false;
    bool isSwitch = false;
    std::vector<FlowState> breakStates;
    std::vector<FlowState> continueStates;
    std::unordered_map<Name, kernel::SwitchCase*> caseLabels;
  };
  std::vector<JumpTarget> jumpTargets_;
  std::vector<Name> pendingLabels_;  // labels that apply to the next loop/switch
  // Variables assigned in a loop lose their promotions (and definite unassignment) at the
  // loop's head.
  void demoteAssignedIn(ast::Stmt* body, ast::Expr* extra1 = nullptr, ast::Expr* extra2 = nullptr);
  // Where control may arrive after some of `names` were assigned (loop heads, catch and finally
  // entries, after a closure that writes them): their promotions and unassignment are gone.
  void forgetAssigned(FlowState& state, const AssignedNames& names);

  // --- Helpers ---
  template <typename T>
  T* make(SourceLoc loc) {
    return c_.arena().make<T>(loc);
  }
  kernel::VariableGet* get(Variable* v, SourceLoc loc);
  Variable* temp(Expression* init, SourceLoc loc);  // a synthetic final local
  kernel::Let* let(Variable* v, Expression* body);
  Expression* intrinsicBoolOp(Expression* e);
  const DartType* boolType() const { return c_.core().boolType; }
  kernel::TypeStore& types() { return c_.types(); }
  TypeSystem& ts() { return c_.ts; }
  void error(SourceLoc loc, std::string message) { c_.error(loc, std::move(message)); }
  SourceLoc usedBeforeDeclaration_;  // the last use resolveName reported as such

  Checker& c_;
  LibraryInfo* lib_;
  Class* cls_;
  ExtensionInfo* ext_;
  const Substitution* mixinSubst_;
  bool isStaticContext_ = false;
  bool inConstructorInitializer_ = false;
  bool inLateInitializer_ = false;
  bool forEffect_ = false;
  int loopTempCounter_ = 0;
  bool postfixValueWanted_ = false;  // checkAssignment returns the old value (`x++` as a value)
  Variable* extensionThis_ = nullptr;
  std::vector<Scope> scopes_;
  std::vector<FunctionContext> functions_;
  FlowState flow_;
  // Names of locals written inside closures, per member: such variables never promote.
  std::unordered_set<Name> closureWritten_;
  // Names written anywhere in the member (Dart's AssignedVariables.anywhere.written): a closure
  // keeps an outer promotion only for a variable the member never writes, since a write before
  // or after the closure is made could run before the closure does.
  std::unordered_set<Name> memberWritten_;
  // The member-wide pre-scan: records the names `assigned` saw into the two sets above.
  void recordMemberWrites(const AssignedNames& assigned);
  // The same for a constructor: its initializer list and its body.
  void recordConstructorWrites(ast::ConstructorDecl* cd);
  // The flow state code that runs later starts from (a closure's body, a late variable's
  // initializer): `outer`'s promotions of variables that neither the member nor that code
  // (`inside`) writes.
  FlowState deferredCodeEntry(const FlowState& outer, const AssignedNames& inside) const;
  // The innermost catch clause's variables, for `rethrow`.
  std::vector<std::pair<Variable*, Variable*>> catchVariables_;
  // When a condition expression was checked, its exits (keyed by the kernel expression).
  struct ConditionExits {
    Expression* expr = nullptr;
    FlowState whenTrue, whenFalse;
  };
  ConditionExits lastCondition_;
};

}  // namespace dartc::sema
