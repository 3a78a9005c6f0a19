# The Agency writes dates day first, month in full (Django's English default is "Nov. 30, 2026").
DATE_FORMAT = "j F Y"
DATETIME_FORMAT = "j F Y, H:i"
