# "30 نوفمبر 2026" without the comma Django's Arabic default puts before the year, and a
# date-and-time format of its own (Django's Arabic has none, so English's would apply).
DATE_FORMAT = "j F Y"
DATETIME_FORMAT = "j F Y، H:i"
