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
