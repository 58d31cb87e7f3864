"""Compiles one Dart program several ways with dartc, runs each, and names what differs.

Configurations (each compared with the first, `O2`):
  O2         dartc compile exe (default optimization), run natively
  O0         compiled with -O0
  gc-stress  the O2 executable run with DARTC_GC_STRESS=1 (a collection at every allocation)
  arm64      --target-arch=arm64, run under qemu-aarch64 with the cross sysroot (when installed)
  no-tfa     --no-tfa (the old reachability analysis), when this dartc has the flag
Any difference in stdout or exit code is a bug; so is a SELFCHECK-FAIL line (the generator's own
expectation, see generator.py), an uncaught exception (exit code 255) or a failed compilation.
"""

import os
import shutil
import subprocess

AARCH64_SYSROOT = '/usr/aarch64-linux-gnu'


class Config:
    def __init__(self, name, flags, env=None, qemu=None, reuse=None):
        self.name = name
        self.flags = flags
        self.env = env or {}
        self.qemu = qemu
        self.reuse = reuse  # name of the config whose executable this one runs


class Outcome:
    def __init__(self, compiled, stdout='', rc=None, error=''):
        self.compiled = compiled
        self.stdout = stdout
        self.rc = rc
        self.error = error


def dartc_has_flag(dartc, flag):
    try:
        out = subprocess.run([dartc, 'compile', 'exe', '--help'], capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return flag in out.stdout + out.stderr


def find_qemu():
    for name in ('qemu-aarch64-static', 'qemu-aarch64'):
        path = shutil.which(name)
        if path and os.path.exists(os.path.join(AARCH64_SYSROOT, 'lib', 'libc.so.6')):
            return path
    return None


def all_configs(dartc, wanted=None):
    configs = [Config('O2', []), Config('O0', ['-O0']),
               Config('gc-stress', [], env={'DARTC_GC_STRESS': '1'}, reuse='O2')]
    qemu = find_qemu()
    if qemu:
        configs.append(Config('arm64', ['--target-arch=arm64'], qemu=qemu))
    if dartc_has_flag(dartc, '--no-tfa'):
        configs.append(Config('no-tfa', ['--no-tfa']))
    if wanted:
        configs = [c for c in configs if c.name in wanted or c.name == 'O2']
    return configs


def compile_and_run(dartc, source, workdir, config, exes, timeout_scale=1.0):
    """Builds (or reuses) the executable for `config` and runs it; `exes` maps names to paths."""
    if config.reuse:
        exe = exes.get(config.reuse)
        if not exe:
            return Outcome(False, error='%s was not built' % config.reuse)
    else:
        exe = os.path.join(workdir, 'prog-' + config.name)
        try:
            c = subprocess.run([dartc, 'compile', 'exe'] + config.flags + [source, '-o', exe],
                               capture_output=True, text=True, timeout=300 * timeout_scale)
        except subprocess.TimeoutExpired:
            return Outcome(False, error='compilation timed out', rc='timeout')
        if c.returncode != 0:
            return Outcome(False, error=c.stderr.strip(), rc=c.returncode)
        exes[config.name] = exe
    cmd = [exe]
    limit = 30
    if config.qemu:
        # An 8 GiB address-space cap: qemu-user tracks every page of the runtime's 64 GiB heap
        # reservation (about 0.9 s a run); capped, the runtime reserves less (run_golden.cmake).
        cmd = ['prlimit', '--as=8589934592', config.qemu, '-L', AARCH64_SYSROOT, exe]
        limit = 180
    if config.env:
        limit = 180
    env = dict(os.environ, **config.env)
    try:
        r = subprocess.run(cmd, capture_output=True, timeout=limit * timeout_scale, env=env,
                           stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        return Outcome(True, rc='timeout')
    return Outcome(True, r.stdout.decode('utf-8', 'replace'), r.returncode, r.stderr.decode('utf-8', 'replace'))


def problems(outcomes):
    """The list of problems (tags) in a dict config name -> Outcome; empty when all agree."""
    tags = []
    base = outcomes['O2']
    if not base.compiled:
        first = base.error.splitlines()[0] if base.error else ''
        # Drop the file:line:col prefix so that a reduced program keeps the same tag.
        tags.append('compile-error:O2:%s' % first.split(': ', 1)[-1])
        return tags
    if base.rc != 0:
        tags.append('exit:O2:%s' % base.rc)
    if 'SELFCHECK-FAIL' in base.stdout:
        tags.append('selfcheck')
    for name, o in outcomes.items():
        if name == 'O2':
            continue
        if not o.compiled:
            tags.append('compile-error:%s' % name)
        elif o.stdout != base.stdout or o.rc != base.rc:
            tags.append('differs:%s' % name)
    return tags


def first_difference(a, b):
    la, lb = a.splitlines(), b.splitlines()
    for i in range(max(len(la), len(lb))):
        x = la[i] if i < len(la) else '<end of output>'
        y = lb[i] if i < len(lb) else '<end of output>'
        if x != y:
            return 'line %d: %r vs %r' % (i + 1, x, y)
    return 'same stdout, exit codes differ'
