"""The window side of data protection: passphrase and sign-in, users, audit log, expiry, backups."""
