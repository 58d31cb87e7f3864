// The S-expression printer's internals, shared by the ast_printer*.cpp files (one per area of
// the tree). See ast_printer.h for the output format.
#pragma once

#include <string>
#include <string_view>

#include "syntax/ast.h"

namespace dartc::syntax::printer {

// Only the printer's own files include this header.
using namespace dartc::ast;

const char* binaryOpText(BinaryOp op);
const char* assignOpText(AssignOp op);
const char* asyncText(AsyncKind kind);

class Printer {
 public:
  std::string out;

  void string16(std::u16string_view text);
  void typeArgs(const std::vector<TypeNode*>& args);
  void typeParams(const std::vector<TypeParam*>& params);
  void typeField(const FunctionTypeParam& param);
  void type(const TypeNode* node);
  void args(const ArgumentList& list);
  void element(const Element* node);
  void elements(const std::vector<Element*>& list);
  void caseTail(const Pattern* casePattern, const Expr* guard);
  void expr(const Expr* node);
  void patternFields(const std::vector<PatternField>& fields);
  void pattern(const Pattern* node);
  void modifiers(const VarModifiers& m);
  void declarators(const std::vector<VarDeclarator>& vars);
  void varDecl(const VarDeclStmt* decl);
  void forParts(const ForLoopParts* parts);
  void stmt(const Stmt* node);
  void param(const FormalParam* p);
  void params(const std::vector<FormalParam*>& list);
  void function(const FunctionDecl* fn, const char* head);
  void initializer(const Initializer* init);
  void constructor(const ConstructorDecl* ctor);
  void field(const FieldDecl* decl, const char* head);
  void members(const std::vector<MemberDecl>& list);
  void typeList(const char* keyword, const std::vector<NamedTypeNode*>& types);
  void annotations(const std::vector<Expr*>& list);
  void decl(const Decl* node);
  void directive(const Directive* node);
};

}  // namespace dartc::syntax::printer
