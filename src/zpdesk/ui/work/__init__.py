"""Dialogs, item models and small widgets of the Work and Review views."""
