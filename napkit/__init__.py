"""napkit: design, implement, monitor, evaluate and publicly report a Women, Peace and
Security National Action Plan."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("napkit")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0+unknown"
