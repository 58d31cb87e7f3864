// Expected output derived by hand: print writes the string and a newline.
void main() {
  print('Hello, World!');
}
