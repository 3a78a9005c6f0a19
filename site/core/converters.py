"""Integer URL parameters only as large as a database id can be.

Django's `int` converter takes any run of digits, so an address such as /toolkit/bundles/<2**64>/
reached the database, and SQLite refused the number with an OverflowError: a 500. This
converter refuses it at routing instead, so every such address is a plain 404.

It replaces `int` itself rather than adding a name of our own, because Wagtail's admin,
document and routable-page routes use `int` too. Django 5.2 still allows replacing a converter
(with a deprecation warning, silenced here); Django 6 does not, so that upgrade must revisit
this.
"""

import warnings

from django.urls import register_converter
from django.urls.converters import IntConverter
from django.utils.deprecation import RemovedInDjango60Warning

# The largest value of a signed 64-bit integer column, the widest any database here has.
LARGEST_ID = 2**63 - 1


class DatabaseIntConverter(IntConverter):
    def to_python(self, value):
        number = int(value)
        if number > LARGEST_ID:
            raise ValueError("Too large for a database id.")
        return number


def replace_int_converter():
    """Must run before any URL pattern is built: converters are bound when a route is made."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RemovedInDjango60Warning)
        register_converter(DatabaseIntConverter, "int")
