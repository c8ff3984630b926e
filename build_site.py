#!/usr/bin/env python3
"""Build the research-briefing site: `python build_site.py --help`."""

import sys

if __name__ == "__main__":
    try:
        from briefing.cli import main
    except KeyboardInterrupt:  # Ctrl-C while the modules load: nothing was started
        sys.exit(130)
    sys.exit(main())
