"""Date formats per language where Django's own differ from how our readers write dates.

Templates name a format (`|date:"DATE_FORMAT"`), never spell one out, so each language gets its
natural long date: 30 November 2026, 30 novembre 2026, 30 de noviembre de 2026, 30 نوفمبر 2026.
A language without a module here (es) uses Django's formats as they are.
"""
