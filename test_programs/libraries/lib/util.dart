// Imported with `show`: only twice and Counter are visible to the test.
int twice(int x) => 2 * x;
int thrice(int x) => 3 * x;

class Counter {
  int value = 0;
  void increment() => value++;
}
