// Are We Fast Yet: Bounce (see bounce.dart).
'use strict';
const { Benchmark, runBenchmark, Random } = require('./harness.js');

class Ball {
  constructor(random) {
    this.x = random.next() % 500;
    this.y = random.next() % 500;
    this.xVel = (random.next() % 300) - 150;
    this.yVel = (random.next() % 300) - 150;
  }

  bounce() {
    const xLimit = 500;
    const yLimit = 500;
    let bounced = false;
    this.x += this.xVel;
    this.y += this.yVel;
    if (this.x > xLimit) { this.x = xLimit; this.xVel = 0 - Math.abs(this.xVel); bounced = true; }
    if (this.x < 0) { this.x = 0; this.xVel = Math.abs(this.xVel); bounced = true; }
    if (this.y > yLimit) { this.y = yLimit; this.yVel = 0 - Math.abs(this.yVel); bounced = true; }
    if (this.y < 0) { this.y = 0; this.yVel = Math.abs(this.yVel); bounced = true; }
    return bounced;
  }
}

class Bounce extends Benchmark {
  benchmark() {
    const random = new Random();
    const ballCount = 100;
    let bounces = 0;
    const balls = [];
    for (let i = 0; i < ballCount; i++) balls.push(new Ball(random));
    for (let i = 0; i < 50; i++) {
      for (const ball of balls) {
        if (ball.bounce()) bounces++;
      }
    }
    return bounces;
  }
}

runBenchmark(() => new Bounce());
