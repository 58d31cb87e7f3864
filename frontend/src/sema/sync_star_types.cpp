// `sync*` functions: what is checked today (docs/generators.md). Their lowering onto the
// coroutine machinery of async/async* is not built yet, so every sync* function is still rejected
// with "not supported yet"; but a program whose sync* return type is wrong gets the analyzer's
// error first, as Dart reports it, rather than a "not supported" that hides a real mistake.
#include "body_checker.h"

namespace dartc::sema {

using namespace kernel;

bool BodyChecker::rejectSyncStar(ast::FunctionDecl* decl, const DartType* declaredReturn) {
  // The analyzer's ILLEGAL_SYNC_GENERATOR_RETURN_TYPE (its return-type verifier): `void` is an
  // error for any generator, otherwise Iterable<Never> must be a subtype of the declared type.
  // Without a declared type (closures, or `dynamic` implied) there is nothing to check.
  if (decl->returnType && declaredReturn && declaredReturn->kind != TypeKind::Invalid) {
    Class* iterable = c_.program.findClass("dart:core", "Iterable");
    const bool isVoid = declaredReturn->kind == TypeKind::Void;
    if (isVoid || (iterable && !ts().isSubtype(types().interface(iterable, {types().neverType()}), declaredReturn))) {
      error(decl->returnType->loc,
            "Functions marked 'sync*' must have a return type that is a supertype of 'Iterable<T>' for some type 'T'.");
      return true;
    }
  }
  error(decl->loc, "'sync*' functions are not supported yet.");
  return true;
}

}  // namespace dartc::sema
