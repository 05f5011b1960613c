"""List the shared libraries in a built one-folder bundle that nothing in it links to (Linux).

Run from anywhere after `make bundle`: `python build_spec/unused_libs.py [dist/iop-facilitator]`.
It follows `ldd` from every Python extension, Qt library and Qt plugin in the bundle and prints
the top-level libraries no one reaches: candidates for QT_DROP in iop_facilitator.spec (they are
usually dependencies of a plugin the spec already drops).
"""

from __future__ import annotations

import glob
import os
import subprocess
import sys
from pathlib import Path


def unused(bundle: Path) -> list[str]:
    root = str((bundle / "_internal").resolve())
    env = dict(os.environ, LD_LIBRARY_PATH=f"{root}:{root}/PySide6/Qt/lib")
    top = [p for p in glob.glob(f"{root}/*.so*") if not Path(p).name.startswith("libpython")]
    roots = [p for p in glob.glob(f"{root}/**/*.so*", recursive=True) if p not in top]
    seen: set[str] = set()
    stack = [os.path.realpath(p) for p in roots]
    while stack:
        lib = stack.pop()
        if lib in seen:
            continue
        seen.add(lib)
        out = subprocess.run(["ldd", lib], capture_output=True, text=True, env=env).stdout
        for line in out.splitlines():
            if "=>" in line:
                target = line.split("=>")[1].strip().split(" (")[0]
                if target.startswith(root):
                    stack.append(os.path.realpath(target))
    return sorted(Path(p).name for p in top if os.path.realpath(p) not in seen)


if __name__ == "__main__":
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else "dist/iop-facilitator")
    print("\n".join(unused(folder)) or "(none)")
