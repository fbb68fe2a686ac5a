"""Settings for the test suite: napkit's own, with a throw-away data directory."""

import os
import tempfile

# Tests never touch the developer's own data directory.
os.environ["NAPKIT_DATA_DIR"] = tempfile.mkdtemp(prefix="napkit-test-")
# Playwright's sync API runs an event loop in the test thread; Django's ORM refuses to run
# beside one unless told that this is on purpose (the live server runs in its own thread).
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

from napkit.settings import *  # noqa: F403

# Hashing passwords slowly protects real accounts; test accounts need speed.
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]

# SQLite tests run on a file, as napkit does (WAL, a busy timeout): concurrent-write tests
# then meet the same locking as a real server, not the in-memory database's shared cache.
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    DATABASES["default"]["TEST"] = {  # noqa: F405
        "NAME": os.path.join(os.environ["NAPKIT_DATA_DIR"], "test.sqlite3")
    }
