"""pyHanko without its HTTP clients until something is to be fetched.

Two of pyHanko's packages load aiohttp as they are imported, though signing and verifying only
need them when a timestamp authority is asked or revocation data fetched: `pyhanko.sign.timestamps`
(whose __init__ imports the HTTP timestamp client beside the TimeStamper interface every signer
uses) and the certificate validator's aiohttp fetchers (which AdES validation imports to make a
backend when none is given). aiohttp took a tenth of a second of every `rapat sign` and `rapat
verify`. Installed before pyHanko's signing code is first imported, this finder hands out the
interface and its light companions from their own modules, stands in for the fetcher backend
until one is made, and loads each package as pyHanko wrote it when anything else is asked of it.
"""

from __future__ import annotations

import importlib
import sys
import threading
from importlib.abc import Loader, MetaPathFinder

STAND_IN = None  # a name made on demand: the package loads when it is first called
DEFERRED = {
    # name: the light module that defines it
    "pyhanko.sign.timestamps": {
        "TimeStamper": "api",
        "TimestampRequestError": "common_utils",
        "DummyTimeStamper": "dummy_client",
    },
    "pyhanko_certvalidator.fetchers.aiohttp_fetchers": {"AIOHttpFetcherBackend": STAND_IN},
}


class _DeferredPackages(MetaPathFinder, Loader):
    def __init__(self) -> None:
        self.loaders: dict[str, Loader] = {}
        self.lock = threading.Lock()

    def find_spec(self, name, path, target=None):
        if name not in DEFERRED:
            return None
        for finder in sys.meta_path:  # whichever finds the package: files, or a frozen bundle
            if finder is self or not hasattr(finder, "find_spec"):
                continue
            spec = finder.find_spec(name, path, target)
            if spec is not None:
                if spec.loader is None or not hasattr(spec.loader, "exec_module"):
                    return None
                self.loaders[name] = spec.loader
                spec.loader = self
                return spec
        return None

    def create_module(self, spec):
        return None  # the usual module object

    def exec_module(self, module) -> None:
        def resolve(name: str):
            names = DEFERRED[module.__name__]
            if name not in names:
                return getattr(self.load(module), name)
            if names[name] is STAND_IN:
                return self.stand_in(module, name)
            value = getattr(importlib.import_module(f"{module.__name__}.{names[name]}"), name)
            setattr(module, name, value)
            return value

        module.__getattr__ = resolve

    def load(self, module):
        """The package as pyHanko wrote it, run once in its module."""
        with self.lock:
            if vars(module).pop("__getattr__", None) is not None:
                self.loaders[module.__name__].exec_module(module)
        return module

    def stand_in(self, module, name: str) -> type:
        """A class whose instances are the package's `name`, made once the package is loaded."""
        load = self.load

        class OnDemand:
            def __new__(cls, *args, **kwargs):
                return getattr(load(module), name)(*args, **kwargs)

        OnDemand.__name__ = OnDemand.__qualname__ = name
        return OnDemand


def defer_http_clients() -> None:
    """Install the finder, unless pyHanko's packages are loaded already."""
    if any(name in sys.modules for name in DEFERRED) or any(
        isinstance(finder, _DeferredPackages) for finder in sys.meta_path
    ):
        return
    sys.meta_path.insert(0, _DeferredPackages())
