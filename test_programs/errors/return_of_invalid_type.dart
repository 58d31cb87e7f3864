int answer() {
  return 'forty-two';
}

void main() {
  print(answer());
}
