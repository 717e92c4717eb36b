"""The Qt Widgets interface. Nothing outside this package imports QtWidgets or QtGui."""
