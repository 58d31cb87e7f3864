int f() => 1;
