// The parser's internal interface, shared by the parser_*.cpp files (each covers one area of the
// grammar). Recursive descent over the token vector from the lexer; lookahead is by token index
// and never allocates (parser_lookahead.cpp), so no construct needs backtracking.
//
// Error handling: the first error in a statement, member or declaration is reported and puts
// the parser into "panic" mode, in which further errors are dropped until the enclosing list
// (statements, members, declarations) resynchronizes. Every loop consumes a token or exits, and
// a nesting counter bounds recursion, so no input can hang the parser or overflow the stack.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "frontend/diagnostics.h"
#include "syntax/ast.h"
#include "syntax/token.h"

namespace dartc::syntax {

// Beyond this many nested expressions, statements, types or patterns the parser gives up on the
// construct (Dart's own parser uses the same limit).
inline constexpr int kMaxNesting = 500;
inline constexpr size_t kNoIndex = ~size_t{0};

// Binary operator precedence levels (higher binds tighter).
enum Precedence : int {
  kNoPrecedence = 0,
  kIfNullPrecedence,
  kLogicalOrPrecedence,
  kLogicalAndPrecedence,
  kEqualityPrecedence,
  kRelationalPrecedence,  // also `is` and `as`
  kBitOrPrecedence,
  kBitXorPrecedence,
  kBitAndPrecedence,
  kShiftPrecedence,
  kAdditivePrecedence,
  kMultiplicativePrecedence,
};

// How identifiers inside a pattern are read: constants when matching (`case x:`), new variables
// when declaring (`var (a, b) = r;`), existing variables when assigning (`(a, b) = (b, a);`).
enum class PatternMode { Matching, Declaration, Assignment };

// Where a function body appears; decides whether `=>` bodies end with `;` and whether the body
// may be missing.
enum class BodyContext { Declaration, Local, Expression };

class Parser {
 public:
  Parser(FileId file, const SourceManager& sources, ast::AstArena& arena, Diagnostics& diags);
  ast::CompilationUnit* parseCompilationUnit();

 private:
  friend class DepthGuard;

  struct BinaryOperator {
    int precedence = kNoPrecedence;
    ast::BinaryOp op = ast::BinaryOp::Add;
    size_t tokenCount = 1;  // `>>` and `>=` span two `>`-based tokens, `>>>` three
    bool isIs = false;
    bool isAs = false;
  };

  // --- Tokens and diagnostics (parser.cpp) -----------------------------------------------------
  const Token& tok(size_t index) const { return tokens_[index < eof_ ? index : eof_]; }
  const Token& cur() const { return tokens_[pos_]; }
  Tok kind() const { return tokens_[pos_].kind; }
  Tok peek(size_t ahead = 1) const { return tok(pos_ + ahead).kind; }
  bool at(Tok k) const { return tokens_[pos_].kind == k; }
  bool atEof() const { return pos_ >= eof_; }
  bool atIdentifier() const { return isIdentifierToken(kind()); }
  size_t advance();
  bool accept(Tok k);
  void jumpTo(size_t index);
  SourceLoc locOf(size_t index) const;
  SourceLoc here() const { return locOf(pos_); }
  std::string_view textOf(size_t index) const;
  std::string describe(size_t index) const;

  void error(SourceLoc loc, std::string message);
  void errorAtCurrent(std::string message) { error(here(), std::move(message)); }
  void errorExpectedAfter(std::string_view what);
  void expectedIdentifier();
  bool expect(Tok k);
  void expectSemicolon();
  void expectClose(size_t openIndex, Tok closer);
  bool expectBody(std::string_view what);
  ast::Name expectIdentifier(SourceLoc* loc = nullptr);
  void clearPanic();
  void nestingTooDeep();
  void stopParsing();
  size_t declarationEnd(size_t start) const;

  void syncStatement();
  void syncMember();
  void syncTopLevel();

  // --- Lookahead by token index (parser_lookahead.cpp) ----------------------------------------
  size_t skipType(size_t i, int depth = 0) const;
  size_t skipTypeArguments(size_t i, int depth = 0) const;
  size_t skipTypeParameters(size_t i) const;
  size_t skipRecordType(size_t i, int depth) const;
  bool isTypeArgumentFollower(Tok k) const;
  bool looksLikeTypeArguments(size_t i) const;
  bool looksLikeConditional(size_t questionIndex) const;
  bool isFunctionExpressionAt(size_t i) const;
  bool looksLikeLocalVariable(size_t i) const;
  bool looksLikeLocalFunction(size_t i) const;
  bool looksLikeObjectPattern(size_t i) const;
  bool looksLikePatternDeclaration(size_t i) const;
  bool looksLikeClassModifiers() const;
  bool startsStatement(Tok k) const;
  bool startsExpression(Tok k) const;
  BinaryOperator binaryOperatorAt(size_t i) const;
  bool assignmentOperatorAt(size_t i, ast::AssignOp& op, size_t& tokenCount) const;

  // --- Directives and declarations (parser_directives.cpp, parser_declarations.cpp) -----------
  void parseTopLevel(ast::CompilationUnit* unit);
  bool atDirective() const;
  ast::Directive* parseDirective();
  std::string parseUri(SourceLoc& loc);
  void parseMetadata(std::vector<ast::Expr*>& out);
  ast::Expr* parseAnnotation();
  ast::Decl* parseClassOrMixin(SourceLoc start);
  ast::ClassDecl* parseClass(SourceLoc start, ast::ClassModifiers modifiers);
  ast::MixinDecl* parseMixin(SourceLoc start, bool isBase);
  ast::EnumDecl* parseEnum(SourceLoc start);
  void parseEnumValue(ast::EnumDecl* decl);
  ast::ExtensionDecl* parseExtension(SourceLoc start);
  ast::ExtensionDecl* parseExtensionType(SourceLoc start);
  ast::TypedefDecl* parseTypedef(SourceLoc start);
  ast::Decl* parseTopLevelFunctionOrVariable(SourceLoc start);
  void parseTypeList(std::vector<ast::NamedTypeNode*>& out);

  // --- Class members (parser_members.cpp) ------------------------------------------------------
  void parseClassBody(std::vector<ast::MemberDecl>& members, ast::Name className,
                      std::string_view what);
  void parseClassMembers(std::vector<ast::MemberDecl>& members, ast::Name className);
  void parseClassMember(std::vector<ast::MemberDecl>& members, ast::Name className);
  ast::ConstructorDecl* parseConstructor(std::vector<ast::Expr*> annotations, bool isConst,
                                         bool isFactory, bool isExternal);
  void parseInitializers(ast::ConstructorDecl* ctor);
  ast::Initializer* parseInitializer();
  void parseConstructorReference(ast::NamedTypeNode*& type, ast::Name& constructorName);
  ast::FieldDecl* parseFieldRest(ast::VarModifiers modifiers, ast::TypeNode* type,
                                 SourceLoc start);
  ast::FunctionDecl* parseOperatorRest(ast::FunctionDecl* fn);
  bool atOperatorName() const;

  // --- Functions and parameters (parser_functions.cpp) ----------------------------------------
  ast::FunctionDecl* parseFunctionRest(ast::FunctionDecl* fn, BodyContext context);
  ast::FunctionDecl* parseAccessorRest(ast::FunctionDecl* fn, BodyContext context);
  void parseFunctionBody(ast::FunctionDecl* fn, BodyContext context);
  ast::AsyncKind parseAsyncModifier();
  bool atFunctionBodyStart() const;
  void parseFormalParameters(std::vector<ast::FormalParam*>& out);
  ast::FormalParam* parseFormalParameter(ast::ParamKind kind);
  ast::FunctionTypeNode* functionTypeFromParams(SourceLoc loc, ast::TypeNode* returnType,
                                                std::vector<ast::TypeParam*> typeParams,
                                                const std::vector<ast::FormalParam*>& params);
  void parseVarDeclarators(std::vector<ast::VarDeclarator>& out);

  // --- Types (parser_types.cpp) ----------------------------------------------------------------
  ast::TypeNode* parseType(bool questionMayBeConditional = false);
  ast::NamedTypeNode* parseNamedType();
  ast::TypeNode* parseFunctionTypeRest(ast::TypeNode* returnType);
  void parseFunctionTypeParameters(ast::FunctionTypeNode* fn);
  ast::RecordTypeNode* parseRecordType();
  void parseTypeArguments(std::vector<ast::TypeNode*>& out);
  void parseTypeParameters(std::vector<ast::TypeParam*>& out);
  ast::TypeNode* errorType(SourceLoc loc);

  // --- Statements (parser_statements.cpp) ------------------------------------------------------
  ast::Block* parseBlock(std::string_view what = {});
  void parseStatementList(std::vector<ast::Stmt*>& out, bool inSwitch);
  ast::Stmt* parseStatement();
  ast::Stmt* parseExpressionStatement();
  ast::Stmt* parseLocalDeclaration();
  ast::Stmt* parsePatternVariableDeclaration();
  ast::VarDeclStmt* parseVariableDeclarationNoSemicolon();
  ast::Stmt* parseLocalFunction();
  ast::Stmt* parseIf();
  ast::Stmt* parseFor();
  ast::ForLoopParts* parseForLoopParts();
  ast::Stmt* parseWhile();
  ast::Stmt* parseDoWhile();
  ast::Stmt* parseSwitchStatement();
  bool atSwitchMemberStart() const;
  ast::Stmt* parseTry();
  ast::Stmt* parseBreakOrContinue();
  ast::Stmt* parseReturn();
  ast::Stmt* parseAssert();
  ast::Stmt* parseYield();
  ast::Stmt* parseLabeled();
  void parseParenthesizedCondition(ast::Expr*& condition, ast::Pattern** casePattern,
                                   ast::Expr** guard);

  // --- Expressions (parser_expressions.cpp) ----------------------------------------------------
  ast::Expr* parseExpression() { return parseExpressionImpl(true); }
  ast::Expr* parseExpressionWithoutCascade() { return parseExpressionImpl(false); }
  ast::Expr* parseExpressionImpl(bool allowCascade);
  ast::Expr* parseConditional();
  ast::Expr* parseBinary(int minPrecedence);
  ast::Expr* parseUnary();
  ast::Expr* parsePostfix();
  ast::Expr* parseSelectors(ast::Expr* target);
  ast::Expr* parseNamedSelector(ast::Expr* target, bool nullAware);
  ast::Expr* parseCascade(ast::Expr* target);
  bool atAwaitExpression() const;
  ast::Pattern* expressionToPattern(ast::Expr* expr);
  ast::Expr* errorExpr(SourceLoc loc);

  // --- Primary expressions and literals (parser_primary.cpp, parser_literals.cpp) -------------
  ast::Expr* parsePrimary();
  ast::Expr* parseIdentifierExpr();
  ast::Expr* parseParenthesized();
  ast::Expr* parseFunctionExpression();
  ast::Expr* parseConstOrNew();
  ast::Expr* parseTypedLiteral(bool isConst, SourceLoc loc);
  ast::Expr* parseSwitchExpression();
  ast::Expr* parseThrow(bool allowCascade);
  void parseArguments(ast::ArgumentList& args);
  ast::Expr* parseStringLiteral();
  ast::Expr* parseNumber();
  ast::Expr* parseSymbol();
  ast::Expr* parseListLiteral(bool isConst, std::vector<ast::TypeNode*> typeArgs, SourceLoc loc);
  ast::Expr* parseSetOrMapLiteral(bool isConst, std::vector<ast::TypeNode*> typeArgs,
                                  SourceLoc loc);
  void parseElements(std::vector<ast::Element*>& out, Tok closer);
  ast::Element* parseElement();
  ast::Element* parseControlFlowElement();

  // --- Patterns (parser_patterns.cpp) ----------------------------------------------------------
  ast::Pattern* parsePattern(PatternMode mode);
  ast::Pattern* parseLogicalAndPattern(PatternMode mode);
  ast::Pattern* parseRelationalOrUnaryPattern(PatternMode mode);
  ast::Pattern* parsePrimaryPattern(PatternMode mode);
  ast::Pattern* parseVariablePattern(PatternMode mode);
  ast::Pattern* parseIdentifierPattern(PatternMode mode);
  ast::Pattern* parseRecordPattern(PatternMode mode);
  ast::Pattern* parseListPattern(PatternMode mode, std::vector<ast::TypeNode*> typeArgs);
  ast::Pattern* parseMapPattern(PatternMode mode, std::vector<ast::TypeNode*> typeArgs);
  ast::Pattern* parseObjectPattern(PatternMode mode);
  void parsePatternFields(std::vector<ast::PatternField>& out, PatternMode mode);
  ast::Pattern* constantPattern(ast::Expr* expr);

  // --- Helpers ---------------------------------------------------------------------------------
  template <typename T>
  T* make(SourceLoc loc) {
    return arena_.make<T>(loc);
  }
  bool inAsync() const {
    return asyncKind_ == ast::AsyncKind::Async || asyncKind_ == ast::AsyncKind::AsyncStar;
  }
  bool inGenerator() const {
    return asyncKind_ == ast::AsyncKind::SyncStar || asyncKind_ == ast::AsyncKind::AsyncStar;
  }

  FileId file_;
  std::string_view source_;
  ast::AstArena& arena_;
  Diagnostics& diags_;
  std::vector<Token> tokens_;
  size_t pos_ = 0;
  size_t eof_ = 0;        // index of the EndOfFile token
  bool panic_ = false;    // an error was reported; drop more until the next resync
  int depth_ = 0;         // current nesting (see kMaxNesting)
  bool unwinding_ = false;  // nesting overflow: every loop sees EOF until the top level resumes
  bool stopped_ = false;    // error limit reached
  size_t declStart_ = 0;    // first token of the current top-level declaration
  size_t resumeAt_ = kNoIndex;
  ast::AsyncKind asyncKind_ = ast::AsyncKind::Sync;  // of the innermost enclosing function
  bool inInitializer_ = false;  // parsing a constructor initializer (see parseInitializer)
};

// Sets a flag for the lifetime of a scope and restores it afterwards.
class ScopedFlag {
 public:
  ScopedFlag(bool& flag, bool value) : flag_(flag), saved_(flag) { flag_ = value; }
  ~ScopedFlag() { flag_ = saved_; }
  ScopedFlag(const ScopedFlag&) = delete;
  ScopedFlag& operator=(const ScopedFlag&) = delete;

 private:
  bool& flag_;
  bool saved_;
};

// Counts one level of nesting for the lifetime of a parse function; `ok()` is false (and the
// error is reported) when the limit is exceeded, and the caller returns a placeholder.
class DepthGuard {
 public:
  explicit DepthGuard(Parser& parser) : parser_(parser) {
    ok_ = ++parser_.depth_ <= kMaxNesting;
    if (!ok_) parser_.nestingTooDeep();
  }
  ~DepthGuard() { --parser_.depth_; }
  DepthGuard(const DepthGuard&) = delete;
  DepthGuard& operator=(const DepthGuard&) = delete;
  bool ok() const { return ok_ && !parser_.unwinding_; }

 private:
  Parser& parser_;
  bool ok_;
};

}  // namespace dartc::syntax
