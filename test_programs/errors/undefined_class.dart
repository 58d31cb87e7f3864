void main() {
  Widget w;
  print('x');
}
