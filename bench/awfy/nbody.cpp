// Are We Fast Yet: NBody (see nbody.dart). The bodies live in a vector of objects.
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <vector>

namespace {

const double kPi = 3.141592653589793;
const double kSolarMass = 4 * kPi * kPi;
const double kDaysPerYear = 365.24;

struct Body {
  Body(double x_, double y_, double z_, double vx_, double vy_, double vz_, double mass_)
      : x(x_), y(y_), z(z_), vx(vx_ * kDaysPerYear), vy(vy_ * kDaysPerYear), vz(vz_ * kDaysPerYear),
        mass(mass_ * kSolarMass) {}

  void offsetMomentum(double px, double py, double pz) {
    vx = 0.0 - (px / kSolarMass);
    vy = 0.0 - (py / kSolarMass);
    vz = 0.0 - (pz / kSolarMass);
  }

  double x, y, z, vx, vy, vz, mass;
};

class NBodySystem {
 public:
  NBodySystem() {
    bodies_.emplace_back(0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0);  // sun
    bodies_.emplace_back(4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01,
                         1.66007664274403694e-03, 7.69901118419740425e-03, -6.90460016972063023e-05,
                         9.54791938424326609e-04);  // jupiter
    bodies_.emplace_back(8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01,
                         -2.76742510726862411e-03, 4.99852801234917238e-03, 2.30417297573763929e-05,
                         2.85885980666130812e-04);  // saturn
    bodies_.emplace_back(1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01,
                         2.96460137564761618e-03, 2.37847173959480950e-03, -2.96589568540237556e-05,
                         4.36624404335156298e-05);  // uranus
    bodies_.emplace_back(1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01,
                         2.68067772490389322e-03, 1.62824170038242295e-03, -9.51592254519715870e-05,
                         5.15138902046611451e-05);  // neptune
    double px = 0.0, py = 0.0, pz = 0.0;
    for (const Body& b : bodies_) {
      px += b.vx * b.mass;
      py += b.vy * b.mass;
      pz += b.vz * b.mass;
    }
    bodies_[0].offsetMomentum(px, py, pz);
  }

  void advance(double dt) {
    for (size_t i = 0; i < bodies_.size(); i++) {
      Body& iBody = bodies_[i];
      for (size_t j = i + 1; j < bodies_.size(); j++) {
        Body& jBody = bodies_[j];
        double dx = iBody.x - jBody.x;
        double dy = iBody.y - jBody.y;
        double dz = iBody.z - jBody.z;
        double dSquared = dx * dx + dy * dy + dz * dz;
        double distance = std::sqrt(dSquared);
        double mag = dt / (dSquared * distance);
        iBody.vx = iBody.vx - (dx * jBody.mass * mag);
        iBody.vy = iBody.vy - (dy * jBody.mass * mag);
        iBody.vz = iBody.vz - (dz * jBody.mass * mag);
        jBody.vx = jBody.vx + (dx * iBody.mass * mag);
        jBody.vy = jBody.vy + (dy * iBody.mass * mag);
        jBody.vz = jBody.vz + (dz * iBody.mass * mag);
      }
    }
    for (Body& body : bodies_) {
      body.x = body.x + dt * body.vx;
      body.y = body.y + dt * body.vy;
      body.z = body.z + dt * body.vz;
    }
  }

  double energy() const {
    double e = 0.0;
    for (size_t i = 0; i < bodies_.size(); i++) {
      const Body& iBody = bodies_[i];
      e += 0.5 * iBody.mass * (iBody.vx * iBody.vx + iBody.vy * iBody.vy + iBody.vz * iBody.vz);
      for (size_t j = i + 1; j < bodies_.size(); j++) {
        const Body& jBody = bodies_[j];
        double dx = iBody.x - jBody.x;
        double dy = iBody.y - jBody.y;
        double dz = iBody.z - jBody.z;
        double distance = std::sqrt(dx * dx + dy * dy + dz * dz);
        e -= (iBody.mass * jBody.mass) / distance;
      }
    }
    return e;
  }

 private:
  std::vector<Body> bodies_;
};

}  // namespace

int main(int argc, char** argv) {
  long steps = argc > 1 ? std::atol(argv[1]) : 1;
  NBodySystem system;
  for (long i = 0; i < steps; i++) system.advance(0.01);
  std::printf("%.9f\n", system.energy());
  return 0;
}
