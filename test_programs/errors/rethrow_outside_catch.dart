void main() {
  rethrow;
}
