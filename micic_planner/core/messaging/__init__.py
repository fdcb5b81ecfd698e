"""Messages to nationals and what comes back: placeholders, recipient rules, replies, the send loop, the hotline."""
