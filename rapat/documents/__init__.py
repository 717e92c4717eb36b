"""Official outputs built with ReportLab and finished as PDF/A-2b: pure data in, bytes out."""
