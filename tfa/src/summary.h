// Summaries: the data flow of one function body as a short list of statements over types
// (docs/tfa.md, "Summaries"). Built once, lazily, the first time the function is invoked
// (summary_collector.cpp), then applied to the argument types of every invocation (analysis.cpp).
//
// Statements are in evaluation order and each yields a type. A local that is not captured has a
// slot (a Join) that every write joins into (Store) and every read sees as it is at that point;
// reads narrow it by their (promoted) static type. When a slot is written after a read of it
// (loops), the summary is applied in passes until no slot grows.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "frontend/kernel.h"
#include "tfa/flow_facts.h"
#include "types.h"

namespace dartc::tfa {

struct FunctionInfo;
using SelectorId = uint32_t;
constexpr uint32_t kNone = UINT32_MAX;

// How a member is used by a call.
enum class CallKind : uint8_t {
  Method,       // invoked with arguments
  Getter,       // read (a field, a getter, or a method torn off)
  Setter,       // written
  Initializer,  // a field's initializer runs (lazy statics, late fields)
};

// One call in a summary.
struct CallSpec {
  enum class Kind : uint8_t {
    Direct,   // a known target: static, super, constructor, local function, lowered helpers
    Virtual,  // dispatch on the receiver's class for an interface member
    Dynamic,  // dispatch on a `dynamic` receiver by name (arguments checked at run time)
    Closure,  // a function value called
  };
  Kind kind = Kind::Direct;
  CallKind callKind = CallKind::Method;
  FunctionInfo* target = nullptr;          // Direct
  SelectorId selector = kNone;             // Virtual, Dynamic
  bool hasReceiver = false;                // the first argument is the receiver (or callee)
  uint32_t positionalCount = 0;            // positional arguments, receiver not counted
  std::vector<std::string_view> names;     // named arguments, sorted (after the positional ones)
  uint32_t siteId = kNone;                 // the kernel call site, for devirtualization facts
  const kernel::Expression* toStringPart = nullptr;  // string interpolation's toString of a part
  TypeRef receiverFilter = nullptr;        // Virtual: the interface's cone, narrows an imprecise receiver
  bool receiverNonNull = false;            // Virtual: a non-Object member, never called on null (null safety)
  TypeRef resultFilter = nullptr;          // the call's static type, narrows an imprecise result
  bool functionTyped = false;              // Closure: callee statically a function type (no `call` objects)
  KeepKind reason = KeepKind::Called;
};

enum class Op : uint8_t {
  Param,        // an argument: `index` positional (receiver is index kReceiver), or `name`; `a`: default
  Const,        // `type`
  Join,         // union of `inputs`; a local variable's slot when `variable` is set (see Store)
  Store,        // local slot `b` := its value joined with `a` (a write to the variable)
  Narrow,       // `a` narrowed to `type`
  Call,         // `call` with `inputs` as arguments (receiver first)
  FieldGet,     // `field`: static, or instance through receiver `a` (direct, in constructors)
  FieldSet,     // `field` := `a` (instance: receiver `b`)
  CapturedGet,  // a captured variable's value (any function may write it)
  CapturedSet,  // `variable` := `a`
  ThisGet,      // `this` of `member` seen from one of its closures
  ThisSet,      // `this` of `member` (value `a`) recorded for its closures
  Thrown,       // every value any `throw` throws (catch clauses)
  Throw,        // `a` is thrown
};

constexpr uint32_t kReceiver = UINT32_MAX - 1;

struct Statement {
  Op op = Op::Const;
  uint32_t a = kNone;
  uint32_t b = kNone;
  uint32_t index = kNone;  // Param
  std::string_view name;   // Param (named)
  TypeRef type = nullptr;  // Const, Narrow
  const kernel::Field* field = nullptr;
  const kernel::Variable* variable = nullptr;  // CapturedGet/Set; Join: the local it collects
  const kernel::Member* member = nullptr;      // ThisGet/ThisSet
  const CallSpec* call = nullptr;
  // Join, Call: inputs are Summary::operands[firstInput, firstInput + inputCount) (one array per
  // summary rather than one allocation per statement).
  uint32_t firstInput = 0;
  uint32_t inputCount = 0;
};

struct Summary {
  std::vector<Statement> statements;
  std::vector<uint32_t> operands;  // the inputs of all Joins and Calls
  std::vector<std::unique_ptr<CallSpec>> calls;
  uint32_t result = kNone;    // the Join of returned values
  bool needsPasses = false;   // some Join is read before all of its inputs (loops)
  // Statement of each parameter, in signature order (positional, then named in declaration
  // order); kNone for a parameter the body never mentions.
  std::vector<uint32_t> parameterStatements;
  // Joins of the function's locals (and parameters), for per-variable facts.
  std::vector<std::pair<const kernel::Variable*, uint32_t>> locals;
  size_t size() const { return statements.size(); }
  const uint32_t* inputsBegin(const Statement& s) const { return operands.data() + s.firstInput; }
  const uint32_t* inputsEnd(const Statement& s) const { return operands.data() + s.firstInput + s.inputCount; }
};

}  // namespace dartc::tfa
