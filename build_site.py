#!/usr/bin/env python3
"""Build the research-briefing site: `python build_site.py --help`."""

import sys

from briefing.cli import main

if __name__ == "__main__":
    sys.exit(main())
