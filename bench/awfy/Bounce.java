// Are We Fast Yet: Bounce (see bounce.dart).

public final class Bounce extends Benchmark {
  static final class Ball {
    private int x;
    private int y;
    private int xVel;
    private int yVel;

    Ball(Random random) {
      x = random.next() % 500;
      y = random.next() % 500;
      xVel = (random.next() % 300) - 150;
      yVel = (random.next() % 300) - 150;
    }

    boolean bounce() {
      final int xLimit = 500;
      final int yLimit = 500;
      boolean bounced = false;
      x += xVel;
      y += yVel;
      if (x > xLimit) { x = xLimit; xVel = 0 - Math.abs(xVel); bounced = true; }
      if (x < 0) { x = 0; xVel = Math.abs(xVel); bounced = true; }
      if (y > yLimit) { y = yLimit; yVel = 0 - Math.abs(yVel); bounced = true; }
      if (y < 0) { y = 0; yVel = Math.abs(yVel); bounced = true; }
      return bounced;
    }
  }

  @Override
  long benchmark() {
    Random random = new Random();
    final int ballCount = 100;
    long bounces = 0;
    Ball[] balls = new Ball[ballCount];
    for (int i = 0; i < ballCount; i++) {
      balls[i] = new Ball(random);
    }
    for (int i = 0; i < 50; i++) {
      for (Ball ball : balls) {
        if (ball.bounce()) {
          bounces++;
        }
      }
    }
    return bounces;
  }

  public static void main(String[] args) {
    Harness.run(args, new Bounce());
  }
}
