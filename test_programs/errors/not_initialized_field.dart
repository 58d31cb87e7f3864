class Account {
  int balance;
}

void main() {
  print(Account().balance);
}
