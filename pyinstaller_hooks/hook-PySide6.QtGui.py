"""PyInstaller hook for PySide6.QtGui: PyInstaller's own, less the plugins a desktop Rapat never loads.

Dropping them here, before PyInstaller follows their library dependencies, also keeps out what only
they need: the GTK 3 theme alone would bring a copy of GTK's libraries (Rapat draws with Fusion and
the desktop portal still serves the file dialogs), and the embedded-device platforms their EGL and
input libraries.
"""

from pathlib import PurePath

from PyInstaller.utils.hooks.qt import add_qt6_dependencies

# plugin folder -> what a plugin's file name contains to be left out ("" leaves out the whole folder)
UNUSED_PLUGINS = {
    "platforms": ("eglfs", "linuxfb", "minimal", "vnc", "vkkhrdisplay", "direct2d"),
    "egldeviceintegrations": ("",),
    "generic": ("",),
    "platformthemes": ("gtk3",),
}


def _used(source: str) -> bool:
    plugin = PurePath(source)
    return not any(part in plugin.name for part in UNUSED_PLUGINS.get(plugin.parent.name, ()))


hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = [(source, folder) for source, folder in binaries if _used(source)]
