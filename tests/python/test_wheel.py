"""The wheel: python3 -m build (Debian's python3-build, offline, no isolation) builds it from the
source tree, pip installs it into a fresh virtual environment, and the installed module evaluates
a map. ARGMAP_CMAKE_BUILD_DIR (set by ctest) lets setup.py take the module of the already built
tree; it does not build there, since the other tests run that tree's binaries meanwhile."""
import glob
import os
import subprocess
import sys
import tempfile
import unittest

SOURCE = os.environ["ARGMAP_SOURCE_DIR"]
EXAMPLE = os.environ["ARGMAP_EXAMPLE"]

CHECK = """
import os, sys, argmap
assert argmap.__file__.startswith(sys.prefix), argmap.__file__
assert os.path.exists(os.path.join(os.path.dirname(argmap.__file__), "argmap.pyi"))
m = argmap.load(sys.argv[1])
thesis = [c.id for c in m if c.kind == "thesis"]
print(thesis[0], m.evaluate()[thesis[0]], len(m))
"""


class WheelTests(unittest.TestCase):
    def test_build_install_and_use(self):
        env = dict(os.environ)
        env.pop("PYTHONPATH", None)
        with tempfile.TemporaryDirectory() as tmp:
            dist = os.path.join(tmp, "dist")
            subprocess.run([sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", dist, SOURCE],
                           check=True, env=env, stdout=subprocess.DEVNULL)
            wheels = glob.glob(os.path.join(dist, "argmap-*.whl"))
            self.assertEqual(len(wheels), 1, wheels)
            venv = os.path.join(tmp, "venv")
            subprocess.run([sys.executable, "-m", "venv", "--system-site-packages", venv], check=True, env=env)
            py = os.path.join(venv, "bin", "python")
            subprocess.run([py, "-m", "pip", "install", "--no-index", "--no-deps", "--quiet", wheels[0]], check=True, env=env)
            out = subprocess.run([py, "-c", CHECK, EXAMPLE], check=True, env=env, capture_output=True, text=True, cwd=tmp)
            # The README of examples/central-asia: the thesis Co-existence is in (45 claims).
            self.assertEqual(out.stdout.split(), ["Co-existence", "in", "45"])


if __name__ == "__main__":
    result = unittest.main(exit=False, verbosity=2).result
    sys.exit(0 if result.wasSuccessful() and result.testsRun > 0 else 1)
