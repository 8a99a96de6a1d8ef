"""Use cases over the store, shared by the window, the command line and the tests.

Functions take a SQLAlchemy ``Session`` (one per user action, opened by the caller) and
return plain values or ids; ORM objects do not leave the session.
"""
