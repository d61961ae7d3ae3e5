"""`python -m facilitator` runs the command line."""

import sys

from facilitator.cli import main

sys.exit(main())
