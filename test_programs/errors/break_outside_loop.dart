void main() {
  print('start');
  break;
}
