"""Entry point for `python -m iop_facilitator` and for the PyInstaller bundle (absolute imports)."""

import sys

from iop_facilitator.cli import main

if __name__ == "__main__":
    sys.exit(main())
