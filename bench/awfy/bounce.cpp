// Are We Fast Yet: Bounce (see bounce.dart).
#include <cstdlib>
#include <vector>

#include "harness.h"

namespace {

class Ball {
 public:
  explicit Ball(Random& random)
      : x_(random.next() % 500), y_(random.next() % 500),
        xVel_((random.next() % 300) - 150), yVel_((random.next() % 300) - 150) {}

  bool bounce() {
    const int xLimit = 500;
    const int yLimit = 500;
    bool bounced = false;
    x_ += xVel_;
    y_ += yVel_;
    if (x_ > xLimit) { x_ = xLimit; xVel_ = 0 - std::abs(xVel_); bounced = true; }
    if (x_ < 0) { x_ = 0; xVel_ = std::abs(xVel_); bounced = true; }
    if (y_ > yLimit) { y_ = yLimit; yVel_ = 0 - std::abs(yVel_); bounced = true; }
    if (y_ < 0) { y_ = 0; yVel_ = std::abs(yVel_); bounced = true; }
    return bounced;
  }

 private:
  int x_, y_, xVel_, yVel_;
};

class Bounce : public Benchmark {
 public:
  long benchmark() override {
    Random random;
    const int ballCount = 100;
    long bounces = 0;
    std::vector<Ball> balls;
    balls.reserve(ballCount);
    for (int i = 0; i < ballCount; i++) balls.emplace_back(random);
    for (int i = 0; i < 50; i++) {
      for (Ball& ball : balls) {
        if (ball.bounce()) bounces++;
      }
    }
    return bounces;
  }
};

}  // namespace

int main(int argc, char** argv) { return runBenchmark(argc, argv, std::make_unique<Bounce>()); }
