// Printing types (in Dart syntax) and patterns.
#include "syntax/ast_printer_impl.h"

namespace dartc::syntax::printer {

void Printer::typeArgs(const std::vector<TypeNode*>& args) {
  if (args.empty()) return;
  out += '<';
  for (size_t i = 0; i < args.size(); ++i) {
    if (i) out += ", ";
    type(args[i]);
  }
  out += '>';
}

void Printer::typeParams(const std::vector<TypeParam*>& params) {
  if (params.empty()) return;
  out += '<';
  for (size_t i = 0; i < params.size(); ++i) {
    if (i) out += ", ";
    out += params[i]->name;
    if (params[i]->bound) {
      out += " extends ";
      type(params[i]->bound);
    }
  }
  out += '>';
}

void Printer::typeField(const FunctionTypeParam& param) {
  if (param.isRequired) out += "required ";
  type(param.type);
  if (!param.name.empty()) {
    out += ' ';
    out += param.name;
  }
}

void Printer::type(const TypeNode* node) {
  if (!node) {
    out += "<no type>";
    return;
  }
  switch (node->kind) {
    case TypeNodeKind::Named: {
      auto* named = static_cast<const NamedTypeNode*>(node);
      if (!named->prefix.empty()) {
        out += named->prefix;
        out += '.';
      }
      out += named->name;
      typeArgs(named->typeArgs);
      break;
    }
    case TypeNodeKind::Function: {
      auto* fn = static_cast<const FunctionTypeNode*>(node);
      if (fn->returnType) {
        type(fn->returnType);
        out += ' ';
      }
      out += "Function";
      typeParams(fn->typeParams);
      out += '(';
      bool first = true;
      for (size_t i = 0; i < fn->positional.size(); ++i) {
        if (!first) out += ", ";
        if (i == fn->requiredPositionalCount) out += '[';
        typeField(fn->positional[i]);
        first = false;
      }
      if (fn->positional.size() > fn->requiredPositionalCount) out += ']';
      if (!fn->named.empty()) {
        if (!first) out += ", ";
        out += '{';
        for (size_t i = 0; i < fn->named.size(); ++i) {
          if (i) out += ", ";
          typeField(fn->named[i]);
        }
        out += '}';
      }
      out += ')';
      break;
    }
    case TypeNodeKind::Record: {
      auto* record = static_cast<const RecordTypeNode*>(node);
      out += '(';
      for (size_t i = 0; i < record->positional.size(); ++i) {
        if (i) out += ", ";
        typeField(record->positional[i]);
      }
      if (!record->named.empty()) {
        if (!record->positional.empty()) out += ", ";
        out += '{';
        for (size_t i = 0; i < record->named.size(); ++i) {
          if (i) out += ", ";
          typeField(record->named[i]);
        }
        out += '}';
      }
      out += ')';
      break;
    }
  }
  if (node->nullable) out += '?';
}

void Printer::patternFields(const std::vector<PatternField>& fields) {
  for (const PatternField& field : fields) {
    out += ' ';
    if (field.inferredName) {
      out += ':';
    } else if (!field.name.empty()) {
      out += field.name;
      out += ": ";
    }
    pattern(field.pattern);
  }
}

void Printer::pattern(const Pattern* node) {
  if (!node) {
    out += "<null>";
    return;
  }
  switch (node->kind) {
    case PatternKind::Constant: expr(static_cast<const ConstantPattern*>(node)->expr); break;
    case PatternKind::Variable: {
      auto* variable = static_cast<const VariablePattern*>(node);
      out += variable->isFinal ? "(final " : "(var ";
      if (variable->type) {
        type(variable->type);
        out += ' ';
      }
      out += variable->name;
      out += ')';
      break;
    }
    case PatternKind::Wildcard: {
      auto* wildcard = static_cast<const WildcardPattern*>(node);
      if (!wildcard->type) {
        out += '_';
        break;
      }
      out += "(_ ";
      type(wildcard->type);
      out += ')';
      break;
    }
    case PatternKind::Relational: {
      auto* relational = static_cast<const RelationalPattern*>(node);
      out += '(';
      out += binaryOpText(relational->op);
      out += ' ';
      expr(relational->operand);
      out += ')';
      break;
    }
    case PatternKind::LogicalOr:
    case PatternKind::LogicalAnd: {
      auto* binary = static_cast<const BinaryPattern*>(node);
      out += node->kind == PatternKind::LogicalOr ? "(|| " : "(&& ";
      pattern(binary->left);
      out += ' ';
      pattern(binary->right);
      out += ')';
      break;
    }
    case PatternKind::Cast: {
      auto* cast = static_cast<const CastPattern*>(node);
      out += "(as ";
      pattern(cast->pattern);
      out += ' ';
      type(cast->type);
      out += ')';
      break;
    }
    case PatternKind::NullCheck:
    case PatternKind::NullAssert:
    case PatternKind::Paren: {
      auto* unary = static_cast<const UnaryPattern*>(node);
      out += node->kind == PatternKind::NullCheck    ? "(? "
             : node->kind == PatternKind::NullAssert ? "(! "
                                                     : "(pparen ";
      pattern(unary->pattern);
      out += ')';
      break;
    }
    case PatternKind::List: {
      auto* list = static_cast<const ListPattern*>(node);
      out += "(plist";
      typeArgs(list->typeArgs);
      for (const Pattern* element : list->elements) {
        out += ' ';
        pattern(element);
      }
      out += ')';
      break;
    }
    case PatternKind::Map: {
      auto* map = static_cast<const MapPattern*>(node);
      out += "(pmap";
      typeArgs(map->typeArgs);
      for (const MapPatternEntry& entry : map->entries) {
        out += " (";
        expr(entry.key);
        out += ": ";
        pattern(entry.value);
        out += ')';
      }
      out += ')';
      break;
    }
    case PatternKind::Record: {
      out += "(precord";
      patternFields(static_cast<const RecordPattern*>(node)->fields);
      out += ')';
      break;
    }
    case PatternKind::Object: {
      auto* object = static_cast<const ObjectPattern*>(node);
      out += "(pobject ";
      type(object->type);
      patternFields(object->fields);
      out += ')';
      break;
    }
    case PatternKind::Rest: {
      auto* rest = static_cast<const RestPattern*>(node);
      if (!rest->pattern) {
        out += "...";
        break;
      }
      out += "(... ";
      pattern(rest->pattern);
      out += ')';
      break;
    }
  }
}

}  // namespace dartc::syntax::printer
