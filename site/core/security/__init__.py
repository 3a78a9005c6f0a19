"""Security plumbing shared by every app: the content security policy chosen by path, cache
headers for private responses, and the antivirus client for uploads."""
