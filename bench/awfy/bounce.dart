// Are We Fast Yet: Bounce. 100 balls move in a 500x500 box for 50 frames; counts the bounces
// off the walls (1331 per call).
import 'harness.dart';

class Ball {
  int x;
  int y;
  int xVel;
  int yVel;

  Ball(Random random)
      : x = random.next() % 500,
        y = random.next() % 500,
        xVel = (random.next() % 300) - 150,
        yVel = (random.next() % 300) - 150;

  bool bounce() {
    const xLimit = 500;
    const yLimit = 500;
    var bounced = false;
    x += xVel;
    y += yVel;
    if (x > xLimit) {
      x = xLimit;
      xVel = 0 - xVel.abs();
      bounced = true;
    }
    if (x < 0) {
      x = 0;
      xVel = xVel.abs();
      bounced = true;
    }
    if (y > yLimit) {
      y = yLimit;
      yVel = 0 - yVel.abs();
      bounced = true;
    }
    if (y < 0) {
      y = 0;
      yVel = yVel.abs();
      bounced = true;
    }
    return bounced;
  }
}

class Bounce extends Benchmark {
  @override
  int benchmark() {
    final random = Random();
    const ballCount = 100;
    var bounces = 0;
    final balls = List<Ball>.generate(ballCount, (_) => Ball(random));
    for (var i = 0; i < 50; i++) {
      for (final ball in balls) {
        if (ball.bounce()) bounces++;
      }
    }
    return bounces;
  }
}

void main(List<String> args) => runBenchmark(args, Bounce.new);
