"""How much Rapat accepts from a person or a file, each limit named for what it limits.

A file or a value beyond a limit is refused with a message that names the limit, before it can
exhaust memory or time: every file up to its size limit is read, or refused, within 500 MB of
memory and 30 seconds (tests/test_hostile_files.py measures it).
"""

from __future__ import annotations

# A meeting
PARTICIPANTS_PER_MEETING = 15_000  # a list of 10,000 invitations still fits beside the walk-ins
CHARACTERS_PER_TEXT = 100_000  # one discussion point, decision, note or any other text field

# Invitation lists (.xlsx, .csv)
SPREADSHEET_FILE_BYTES = 20_000_000
SPREADSHEET_UNPACKED_BYTES = 50_000_000  # all the parts of an .xlsx together, once unzipped
SPREADSHEET_PACKING_RATIO = (
    200  # unzipped size over zipped size of one part (a zip bomb's is >1000)
)
ROWS_PER_SHEET = 10_000  # rows under the header row
COLUMNS_PER_SHEET = 200
MERGED_RANGES_PER_SHEET = 10_000

# Meeting files (rapat-meeting/1 JSON)
MEETING_FILE_BYTES = 200_000_000  # photos and signatures travel inside it
JSON_NESTING = 64
JSON_NUMBER_DIGITS = 40

# Images: photos, logos, signatures
IMAGE_FILE_BYTES = 30_000_000
IMAGE_PIXELS = 50_000_000  # a 50-megapixel photo; a 144-megapixel one is refused

# PDF files given to verify
PDF_FILE_BYTES = 200_000_000

# Self check-in from phones (rapat/kiosk): what one phone may send
SELF_CHECK_IN_NAME = 120  # characters
SELF_CHECK_IN_POSITION = 120
SELF_CHECK_IN_INSTITUTION = 160
SELF_CHECK_IN_REPRESENTING = 160
SELF_CHECK_IN_QUERY = 60  # characters typed to find one's name
SELF_CHECK_IN_SIGNATURE_BYTES = 200_000  # one signature drawn with a finger, as PNG
SELF_CHECK_IN_SIGNATURE_WIDTH = 1200  # pixels
SELF_CHECK_IN_SIGNATURE_HEIGHT = 600
SELF_CHECK_IN_REQUEST_BYTES = 400_000  # one submission: the fields and a base64 signature
