"""Core ⇄ ORM: the only package that knows both ``napkit.core.plan.model`` and the plan tables.

``to_core`` reads a stored plan in a fixed number of queries, whatever its size;
``create_rows`` stores a core plan as new rows and ``replace_rows`` rewrites a stored
plan's content in place (callers own the transaction).
"""

from napkit.plans.mapping.read import to_core
from napkit.plans.mapping.write import create_rows, replace_rows

__all__ = ["create_rows", "replace_rows", "to_core"]
