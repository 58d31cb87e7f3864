void main() {
  compute(3);
}
