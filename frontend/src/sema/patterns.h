// Dart 3 patterns (docs/patterns.md): type checking and lowering of patterns to existing kernel
// constructs (type tests, getter calls, `&&`/`||`, variable writes), so the type-flow analysis
// and codegen see nothing new. Split over:
//   patterns.cpp            matching one pattern against a value (all pattern kinds), caching
//   pattern_statements.cpp  the constructs: if-case, switch statements and expressions,
//                           declarations, assignments, for-in
//   exhaustiveness.cpp      the exhaustiveness check of switches (space subtraction)
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "sema/body_checker.h"
#include "sema/space.h"

namespace dartc::sema {

enum class PatternContext {
  Matching,     // switch cases, if-case: refutable patterns allowed
  Declaration,  // `var (a, b) = e;`, for-in: irrefutable; variables are declared
  Assignment,   // `(a, b) = e;`: irrefutable; identifiers name existing variables
};

// The lowering of one construct's patterns (a whole switch, one if-case, one declaration).
class PatternLowering {
 public:
  PatternLowering(BodyChecker& b, PatternContext context, bool finalDeclaration = false)
      : b_(b), context_(context), finalDeclaration_(finalDeclaration) {}

  // The constructs (pattern_statements.cpp).
  static Statement* ifCase(BodyChecker& b, ast::IfStmt* s);
  // The condition of `if (subject case pattern when guard)`, for collection `if` elements: on
  // return a new scope holds the pattern's variables (the caller checks the then-part and pops
  // it) and the flow state is the then-part's; `otherwise` is the else-part's.
  struct CaseCondition {
    Expression* condition;
    std::vector<Statement*> declarations;
    FlowState otherwise;
  };
  static CaseCondition caseCondition(BodyChecker& b, ast::Expr* subject, ast::Pattern* pattern, ast::Expr* guard,
                                     SourceLoc loc);
  static Statement* switchStatement(BodyChecker& b, ast::SwitchStmt* s, Expression* subject);
  static std::vector<kernel::SwitchCase*> labeledSwitchCases(BodyChecker& b, ast::SwitchStmt* s, FlowState& entry);
  static Expression* switchExpression(BodyChecker& b, ast::SwitchExprNode* e, const DartType* context);
  static Statement* declaration(BodyChecker& b, ast::PatternVarDeclStmt* s);
  static Expression* assignment(BodyChecker& b, ast::AssignmentExpr* e);
  // `for (var (a, b) = e; ...)`: the block that matches `e` against the pattern (it is
  // irrefutable, so a mismatch throws as in a declaration), and in `loopVariables` one loop
  // variable per pattern variable, initialized from it and in scope under its name, so that
  // each iteration has fresh copies as for `for (var a = 0; ...)`.
  static kernel::Block* forLoopDeclaration(BodyChecker& b, ast::ForLoopParts* p, std::vector<Variable*>& loopVariables);
  // `for (var (a, b) in e)`: the statement binding the pattern's variables to `current`.
  static Statement* forInBinding(BodyChecker& b, ast::ForLoopParts* p, Expression* current, const DartType* elementType,
                                 SourceLoc loc);
  // Does this switch statement need the pattern lowering (anything but constant cases without
  // guards over a type the old constant switch handles)?
  static bool needsPatternSwitch(BodyChecker& b, ast::SwitchStmt* s, const DartType* subjectType);

  // The type a declaration's initializer is checked against (the pattern's type schema); null
  // when the pattern imposes none.
  const DartType* typeSchema(ast::Pattern* p);

  // Matches `p` against the value in `value` (of static type `matched`): a bool expression that
  // binds the pattern's variables as it goes. `key` identifies the value for caching.
  Expression* match(ast::Pattern* p, Variable* value, const DartType* matched, const std::string& key);

  // The declarations this lowering needs before its matching code runs: the subject's
  // temporary, the caches, and the pattern variables.
  std::vector<Statement*> takeDeclarations();
  // Fills in the cached accesses once every use is known (one use: no cache flag).
  void finish();

  // The pattern variables declared by the patterns matched since the last call, by name.
  std::map<Name, Variable*> takeBindings();
  // Variables of the current case, declared into the current scope by the construct.
  const std::map<Name, Variable*>& bindings() const { return bindings_; }

  Variable* subjectTemp(Expression* subject, SourceLoc loc);
  Expression* read(Variable* v, const DartType* type, SourceLoc loc);
  Expression* trueLiteral(SourceLoc loc);
  Expression* andAlso(Expression* a, Expression* b);
  Expression* orElse(Expression* a, Expression* b);
  Expression* notExpr(Expression* a);
  // `(e, true)`: evaluates `e` for effect inside a condition.
  Expression* effect(Expression* e, SourceLoc loc);
  // `(v = value, true)`.
  Expression* assign(Variable* v, Expression* value, SourceLoc loc);
  // A synthetic local of the construct, declared with its other declarations.
  Variable* matchTemp(std::string_view name, const DartType* type, SourceLoc loc);
  // `throw StateError("Pattern matching error")`: a failed match in an irrefutable context.
  Expression* matchError(SourceLoc loc, const DartType* type);
  Statement* requireMatch(Expression* cond, SourceLoc loc);
  // False also inside a pattern already reported as refutable in an irrefutable context: its
  // subpatterns are checked as refutable ones, so the one mistake gives one error (the analyzer's
  // makeRefutable).
  bool irrefutable() const { return context_ != PatternContext::Matching && refutableReported_ == 0; }
  // The value space of the pattern matched last (for the exhaustiveness check).
  SpacePattern* lastSpace() const { return space_; }

 private:
  struct CacheSite {
    kernel::BlockExpr* site;
    Expression* compute;
  };
  struct Cache {
    Variable* value = nullptr;
    Variable* flag = nullptr;  // only when used more than once
    std::vector<CacheSite> sites;
  };
  // A member call or field read on a matched value, cached by its invocation key (the
  // specification's "Pattern matching caching"): `bind` (true-valued) stores the result into the
  // returned variable the first time only.
  Variable* cached(const std::string& key, Expression* compute, Expression** bind);

  Expression* matchKind(ast::Pattern* p, Variable* value, const DartType* matched, const std::string& key);
  Expression* matchVariable(ast::VariablePattern* p, Variable* value, const DartType* matched);
  Expression* matchConstant(ast::ConstantPattern* p, Variable* value, const DartType* matched, const std::string& key);
  Expression* matchRelational(ast::RelationalPattern* p, Variable* value, const DartType* matched, const std::string& key);
  Expression* matchList(ast::ListPattern* p, Variable* value, const DartType* matched, const std::string& key);
  Expression* matchMap(ast::MapPattern* p, Variable* value, const DartType* matched, const std::string& key);
  Expression* matchRecord(ast::RecordPattern* p, Variable* value, const DartType* matched, const std::string& key);
  Expression* matchObject(ast::ObjectPattern* p, Variable* value, const DartType* matched, const std::string& key);
  Expression* matchOr(ast::BinaryPattern* p, Variable* value, const DartType* matched, const std::string& key);
  // `value is T` (elided when the static type already is a T); in irrefutable contexts a
  // compile-time check (or an implicit cast from dynamic).
  Expression* typeTest(Variable* value, const DartType* matched, const DartType* required, SourceLoc loc, bool* failed);
  Expression* invoke(Expression* receiver, Name name, std::vector<Expression*> args, SourceLoc loc);
  std::string constantKey(Expression* e, SourceLoc loc, kernel::Constant** out);
  Variable* declareBinding(SourceLoc loc, Name name, const DartType* type, bool isFinal);
  static kernel::ConstantExpr* intConstant(BodyChecker& b, int64_t value, SourceLoc loc);
  // Matches `sub` against a value of the invalid type, after an error about the enclosing
  // pattern: its variables are still declared (as invalid), so their uses report nothing more.
  void matchInvalid(ast::Pattern* sub, const std::string& key);
  // A type written in the pattern, resolved once: the type schema and the matching both need
  // it, and an undefined name is reported once.
  const DartType* resolve(ast::TypeNode* node);
  // Reports a refutable pattern in an irrefutable context, then matches `sub` (if any) as in a
  // refutable context.
  Expression* refutableInIrrefutable(ast::Pattern* p, ast::Pattern* sub, const std::string& key);

  BodyChecker& b_;
  PatternContext context_;
  int refutableReported_ = 0;
  std::map<ast::TypeNode*, const DartType*> resolved_;
  bool finalDeclaration_;
  std::map<std::string, Cache> caches_;
  std::vector<std::string> cacheOrder_;
  std::vector<Statement*> declarations_;
  std::map<Name, Variable*> bindings_;
  // Inside the right side of `||`: the left side's variables, reused by name.
  const std::map<Name, Variable*>* orLeft_ = nullptr;
  SpaceArena spaces_;
  SpacePattern* space_ = nullptr;
};

// Exhaustiveness (exhaustiveness.cpp): the first value the cases don't match, spelled as Dart
// prints it (`Circle()`, `Shape.circle`, `(E.b, false)`), or nothing when they are exhaustive.
// `cases` holds the value space of each case without a guard.
std::optional<std::string> missingCase(BodyChecker& b, const DartType* subjectType,
                                       const std::vector<SpacePattern*>& cases);
// `sub` instantiated with the type arguments that a value of type `matched` (a supertype) implies:
// `Ok` against `Result<int>` is `Ok<int>` for `class Ok<T> extends Result<T>`; arguments that
// can't be read off the supertype take their bounds.
const DartType* instantiateFromSupertype(BodyChecker& b, Class* sub, const DartType* matched);
// Is `t` an always-exhaustive type (bool, Null, enums, sealed classes, records of those, T?)?
bool isAlwaysExhaustive(BodyChecker& b, const DartType* t);

}  // namespace dartc::sema
