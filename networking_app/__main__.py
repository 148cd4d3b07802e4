"""`python -m networking_app` behaves like the `networking-app` command."""

import sys

from networking_app.cli import main

sys.exit(main())
