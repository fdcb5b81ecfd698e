"""The SMS engine at the edge: Gammu talking to a GSM modem or a phone on USB. Only the fronts import it."""
