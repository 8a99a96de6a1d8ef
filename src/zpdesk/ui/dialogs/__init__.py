"""Dialogs, built in code. Editors save through ``context.actions`` in ``accept()`` and stay
open with an inline message when the input is refused; tests fill them with ``set_values``
or by typing, then call ``accept()``."""
