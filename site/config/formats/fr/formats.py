# "30 novembre 2026 à 14:30" (Django's French default leaves out the "à").
DATETIME_FORMAT = "j F Y à H:i"
