"""The phones' check-in web server: attendees check themselves in over the venue's own network.

`KioskServer` (server.py) serves the page (page/) and its small JSON interface (app.py) on one
address with a random token per opening; every answer comes from rapat.services.self_check_in.
"""
