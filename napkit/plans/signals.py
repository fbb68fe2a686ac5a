"""What other parts of napkit are told when a plan changes.

``public_changed`` is sent, inside the changing transaction, whenever what the public may
see of a plan changes: a version published, data approved or reopened, a shadow assessment
saved or published. The public app rebuilds the plan's release on it; the plans and
monitoring apps, below it, never import it.
"""

from django.dispatch import Signal

public_changed = Signal()  # sender: the app's name; record: the plan's row
