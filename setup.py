"""Builds the argmap Python module with CMake (pyproject.toml names this file's build_ext).

By default it configures a build of its own under build_temp: argmap as a static library inside
the module, no tools, tests, examples or benchmarks, for the Python that runs the build.
ARGMAP_CMAKE_BUILD_DIR=DIR takes the module from an already built tree instead, without building
there (the module then loads libargmap from there: fine for tests, not for a wheel to hand out;
the ctest python.wheel runs beside tests that use that tree's binaries, which a rebuild would
replace under them).
"""
import glob
import os
import re
import shutil
import subprocess
import sys

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext

ROOT = os.path.dirname(os.path.abspath(__file__))


def version():
    with open(os.path.join(ROOT, "CMakeLists.txt"), encoding="utf-8") as f:
        return re.search(r"project\(argmap VERSION ([0-9.]+)", f.read()).group(1)


class CMakeExtension(Extension):
    def __init__(self, name):
        super().__init__(name, sources=[])


class CMakeBuild(build_ext):
    def build_extension(self, ext):
        build = os.environ.get("ARGMAP_CMAKE_BUILD_DIR")
        if not build:
            build = os.path.abspath(os.path.join(self.build_temp, "cmake"))
            configure = ["cmake", "-S", ROOT, "-B", build, "-DCMAKE_BUILD_TYPE=Release", "-DBUILD_SHARED_LIBS=OFF",
                         "-DCMAKE_POSITION_INDEPENDENT_CODE=ON", "-DARGMAP_BUILD_TOOLS=OFF", "-DARGMAP_BUILD_EXAMPLES=OFF",
                         "-DARGMAP_BUILD_TESTS=OFF", "-DARGMAP_BUILD_BENCH=OFF", "-DARGMAP_BUILD_PYTHON=ON",
                         "-DPython3_EXECUTABLE=" + sys.executable]
            if shutil.which("ccache"):
                configure.append("-DCMAKE_CXX_COMPILER_LAUNCHER=ccache")
            subprocess.check_call(configure)
            jobs = os.environ.get("CMAKE_BUILD_PARALLEL_LEVEL", str(min(os.cpu_count() or 1, 2)))
            subprocess.check_call(["cmake", "--build", build, "--target", "argmap_python", "-j", jobs])
        built = glob.glob(os.path.join(build, "bindings", "python", "argmap.*.so"))
        if len(built) != 1:
            raise RuntimeError("expected one argmap module in %s/bindings/python (build the target argmap_python "
                               "first), found %s" % (build, built))
        target = self.get_ext_fullpath(ext.name)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        shutil.copyfile(built[0], target)
        shutil.copyfile(os.path.join(ROOT, "bindings", "python", "argmap.pyi"), os.path.join(os.path.dirname(target), "argmap.pyi"))


# setuptools' own build files go to build-python/, not into the source tree or CMake's build/.
os.makedirs(os.path.join(ROOT, "build-python"), exist_ok=True)
setup(version=version(), ext_modules=[CMakeExtension("argmap")], cmdclass={"build_ext": CMakeBuild},
      options={"build": {"build_base": "build-python"}, "egg_info": {"egg_base": "build-python"}})
