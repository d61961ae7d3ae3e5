"""Start the Facilitator desktop app from a source checkout: `python main.py [PATH] [--demo]`."""

import sys

from facilitator.gui.app import main

if __name__ == "__main__":
    sys.exit(main())
