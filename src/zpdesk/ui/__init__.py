"""The window: views, dialogs, item models. The only package that imports QtWidgets."""
