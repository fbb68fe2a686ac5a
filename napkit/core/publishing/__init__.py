"""What the public sees: releases (a published version with approved data), the annual
report's content, its charts and its notes on method."""
