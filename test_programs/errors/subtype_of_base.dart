// Class modifiers (language specification "Class modifiers"): a subtype of a base or final class
// must itself be base, final or sealed, also inside the declaring library; a sealed class passes
// the restriction on. Texts: the analyzer's SUBTYPE_OF_BASE_OR_FINAL_IS_NOT_BASE_FINAL_OR_SEALED
// and MIXIN_CLASS_DECLARATION_EXTENDS_NOT_OBJECT.
base class Vehicle {}

sealed class Car extends Vehicle {}

class Sedan extends Car {}

final class Engine {}

class Turbo implements Engine {}

class Part {}

mixin class Wheel extends Part {}

void main() {}
