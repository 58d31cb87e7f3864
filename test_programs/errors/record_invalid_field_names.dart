// The analyzer's record literal errors: DUPLICATE_FIELD_NAME, INVALID_FIELD_NAME (positional,
// private, from Object).
void main() {
  print((x: 1, x: 2));
  print((1, 2, $2: 3));
  print((_hidden: 1));
  print((hashCode: 1));
}
