"""The standalone app's executable (PyInstaller's entry script): see facilitator.launch."""

import sys

from facilitator.launch import main

if __name__ == "__main__":
    sys.exit(main())
