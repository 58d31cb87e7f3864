// The Computer Language Benchmarks Game's n-body: the Jovian planets and the sun in a
// List<Body>, advanced n steps of 0.01 with a simple symplectic integrator; prints the energy
// before and after with 9 decimals. Verification values from the Benchmarks Game: n = 1000
// gives -0.169075164 and -0.169087605.
//   n_body [n]     (default 1000)
import 'dart:math' as math;

const double pi = 3.141592653589793;
const double solarMass = 4 * pi * pi;
const double daysPerYear = 365.24;

class Body {
  double x, y, z, vx, vy, vz;
  final double mass;

  Body(this.x, this.y, this.z, this.vx, this.vy, this.vz, this.mass);
}

List<Body> createBodies() => [
      // sun
      Body(0, 0, 0, 0, 0, 0, solarMass),
      // jupiter
      Body(4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01,
          1.66007664274403694e-03 * daysPerYear, 7.69901118419740425e-03 * daysPerYear,
          -6.90460016972063023e-05 * daysPerYear, 9.54791938424326609e-04 * solarMass),
      // saturn
      Body(8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01,
          -2.76742510726862411e-03 * daysPerYear, 4.99852801234917238e-03 * daysPerYear,
          2.30417297573763929e-05 * daysPerYear, 2.85885980666130812e-04 * solarMass),
      // uranus
      Body(1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01,
          2.96460137564761618e-03 * daysPerYear, 2.37847173959480950e-03 * daysPerYear,
          -2.96589568540237556e-05 * daysPerYear, 4.36624404335156298e-05 * solarMass),
      // neptune
      Body(1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01,
          2.68067772490389322e-03 * daysPerYear, 1.62824170038242295e-03 * daysPerYear,
          -9.51592254519715870e-05 * daysPerYear, 5.15138902046611451e-05 * solarMass),
    ];

void offsetMomentum(List<Body> bodies) {
  var px = 0.0, py = 0.0, pz = 0.0;
  for (final b in bodies) {
    px += b.vx * b.mass;
    py += b.vy * b.mass;
    pz += b.vz * b.mass;
  }
  final sun = bodies[0];
  sun.vx = -px / solarMass;
  sun.vy = -py / solarMass;
  sun.vz = -pz / solarMass;
}

void advance(List<Body> bodies, double dt) {
  final n = bodies.length;
  for (var i = 0; i < n; i++) {
    final bi = bodies[i];
    for (var j = i + 1; j < n; j++) {
      final bj = bodies[j];
      final dx = bi.x - bj.x;
      final dy = bi.y - bj.y;
      final dz = bi.z - bj.z;
      final d2 = dx * dx + dy * dy + dz * dz;
      final mag = dt / (d2 * math.sqrt(d2));
      bi.vx -= dx * bj.mass * mag;
      bi.vy -= dy * bj.mass * mag;
      bi.vz -= dz * bj.mass * mag;
      bj.vx += dx * bi.mass * mag;
      bj.vy += dy * bi.mass * mag;
      bj.vz += dz * bi.mass * mag;
    }
  }
  for (final b in bodies) {
    b.x += dt * b.vx;
    b.y += dt * b.vy;
    b.z += dt * b.vz;
  }
}

double energy(List<Body> bodies) {
  var e = 0.0;
  final n = bodies.length;
  for (var i = 0; i < n; i++) {
    final bi = bodies[i];
    e += 0.5 * bi.mass * (bi.vx * bi.vx + bi.vy * bi.vy + bi.vz * bi.vz);
    for (var j = i + 1; j < n; j++) {
      final bj = bodies[j];
      final dx = bi.x - bj.x;
      final dy = bi.y - bj.y;
      final dz = bi.z - bj.z;
      e -= bi.mass * bj.mass / math.sqrt(dx * dx + dy * dy + dz * dz);
    }
  }
  return e;
}

void main(List<String> args) {
  final n = args.isEmpty ? 1000 : int.parse(args[0]);
  final bodies = createBodies();
  offsetMomentum(bodies);
  print(energy(bodies).toStringAsFixed(9));
  for (var i = 0; i < n; i++) {
    advance(bodies, 0.01);
  }
  print(energy(bodies).toStringAsFixed(9));
}
