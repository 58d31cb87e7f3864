// n-body (Benchmarks Game) in C++ (see n_body.dart): the bodies in a std::vector<Body>.
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <vector>

namespace {

const double kPi = 3.141592653589793;
const double kSolarMass = 4 * kPi * kPi;
const double kDaysPerYear = 365.24;

struct Body {
  double x, y, z, vx, vy, vz;
  double mass;
};

std::vector<Body> createBodies() {
  return {
      {0, 0, 0, 0, 0, 0, kSolarMass},
      {4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01,
       1.66007664274403694e-03 * kDaysPerYear, 7.69901118419740425e-03 * kDaysPerYear,
       -6.90460016972063023e-05 * kDaysPerYear, 9.54791938424326609e-04 * kSolarMass},
      {8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01,
       -2.76742510726862411e-03 * kDaysPerYear, 4.99852801234917238e-03 * kDaysPerYear,
       2.30417297573763929e-05 * kDaysPerYear, 2.85885980666130812e-04 * kSolarMass},
      {1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01,
       2.96460137564761618e-03 * kDaysPerYear, 2.37847173959480950e-03 * kDaysPerYear,
       -2.96589568540237556e-05 * kDaysPerYear, 4.36624404335156298e-05 * kSolarMass},
      {1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01,
       2.68067772490389322e-03 * kDaysPerYear, 1.62824170038242295e-03 * kDaysPerYear,
       -9.51592254519715870e-05 * kDaysPerYear, 5.15138902046611451e-05 * kSolarMass},
  };
}

void offsetMomentum(std::vector<Body>& bodies) {
  double px = 0.0, py = 0.0, pz = 0.0;
  for (const Body& b : bodies) {
    px += b.vx * b.mass;
    py += b.vy * b.mass;
    pz += b.vz * b.mass;
  }
  Body& sun = bodies[0];
  sun.vx = -px / kSolarMass;
  sun.vy = -py / kSolarMass;
  sun.vz = -pz / kSolarMass;
}

void advance(std::vector<Body>& bodies, double dt) {
  size_t n = bodies.size();
  for (size_t i = 0; i < n; i++) {
    Body& bi = bodies[i];
    for (size_t j = i + 1; j < n; j++) {
      Body& bj = bodies[j];
      double dx = bi.x - bj.x;
      double dy = bi.y - bj.y;
      double dz = bi.z - bj.z;
      double d2 = dx * dx + dy * dy + dz * dz;
      double mag = dt / (d2 * std::sqrt(d2));
      bi.vx -= dx * bj.mass * mag;
      bi.vy -= dy * bj.mass * mag;
      bi.vz -= dz * bj.mass * mag;
      bj.vx += dx * bi.mass * mag;
      bj.vy += dy * bi.mass * mag;
      bj.vz += dz * bi.mass * mag;
    }
  }
  for (Body& b : bodies) {
    b.x += dt * b.vx;
    b.y += dt * b.vy;
    b.z += dt * b.vz;
  }
}

double energy(const std::vector<Body>& bodies) {
  double e = 0.0;
  size_t n = bodies.size();
  for (size_t i = 0; i < n; i++) {
    const Body& bi = bodies[i];
    e += 0.5 * bi.mass * (bi.vx * bi.vx + bi.vy * bi.vy + bi.vz * bi.vz);
    for (size_t j = i + 1; j < n; j++) {
      const Body& bj = bodies[j];
      double dx = bi.x - bj.x;
      double dy = bi.y - bj.y;
      double dz = bi.z - bj.z;
      e -= bi.mass * bj.mass / std::sqrt(dx * dx + dy * dy + dz * dz);
    }
  }
  return e;
}

}  // namespace

int main(int argc, char** argv) {
  long n = argc > 1 ? std::atol(argv[1]) : 1000;
  std::vector<Body> bodies = createBodies();
  offsetMomentum(bodies);
  std::printf("%.9f\n", energy(bodies));
  for (long i = 0; i < n; i++) advance(bodies, 0.01);
  std::printf("%.9f\n", energy(bodies));
  return 0;
}
