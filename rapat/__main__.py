import sys

from rapat.cli import main

sys.exit(main())
