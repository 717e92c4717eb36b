"""Plain records that cross layers: what services return, screens show, documents print and files carry.

Below both services and documents; each module holds the records of one subject. Records never
lazy-load: they are filled inside a session and stay valid after it closes.
"""
