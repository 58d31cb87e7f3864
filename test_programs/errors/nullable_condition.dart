bool? maybe() => null;

void main() {
  if (maybe()) {
    print('yes');
  }
}
