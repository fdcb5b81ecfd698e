"""How many SMS a message takes: GSM 03.38 text fits 160 characters, anything else (á, í, ó, ú) only 70."""

# The GSM 7-bit default alphabet; note it has é, ñ, ü and Ñ but not á, í, ó or ú.
GSM7 = set("@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZ"
           "ÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà")
GSM7_EXTENDED = set("^{}\\[~]|€")  # each takes two septets


def sms_segments(text: str) -> tuple[int, bool]:
    """(number of SMS, whether the text fits the GSM alphabet) for sending `text` as one message."""
    if all(c in GSM7 or c in GSM7_EXTENDED for c in text):
        length = sum(2 if c in GSM7_EXTENDED else 1 for c in text)
        return (1 if length <= 160 else -(-length // 153)), True
    length = sum(2 if ord(c) > 0xFFFF else 1 for c in text)
    return (1 if length <= 70 else -(-length // 67)), False
