// Only an extension type declared `const` has a constant primary constructor.
extension type Plain(int i) {}
void main() { const p = Plain(1); print(p); print(const Plain(2)); }
