"""The post file's side of messages: recipient lists, the outbox, replies and the hotline log (issue 17)."""
