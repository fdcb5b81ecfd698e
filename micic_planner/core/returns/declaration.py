"""The voluntariness declaration's words: the rights of a person returning, said plainly, in ES or EN only.

The rights follow the principles of assisted voluntary return in IOM's Reintegration Handbook (2019) and
the UN Network on Migration's checklist for safe and dignified return and sustainable reintegration (2021):
a free and informed decision, the right to change one's mind, protection first, the child's best interests,
and personal data shared only with consent. No other language is printed: a form is never machine-made.
"""

from micic_planner.core.i18n import SUPPORTED

RIGHTS = (
    "I asked to return to my country of my own free will. Nobody forced me, threatened me or promised me "
    "anything to make me ask.",
    "I was told, in a language I understand, what the return programme pays for, what it does not pay for, "
    "and what will happen on the journey and on arrival.",
    "I may change my mind at any moment before I leave. Saying no, or changing my mind, does not take away "
    "any other help the consulate gives me.",
    "If I am afraid of being harmed if I go back, I may ask for international protection (asylum). I will not "
    "be returned while that request is being looked at.",
    "A child returns only when it is in the child's best interests, after an assessment, and with the family "
    "or a guardian found at home.",
    "My personal data are used only for my return and my reintegration. They are given to the office that "
    "receives me at home only if I agree.",
    "I may ask questions at any time, and I receive a copy of this declaration.",
)


def declaration_language(languages: str, wanted: str = "es") -> tuple[str, bool]:
    """The language to print in and whether the person reads it, from their languages ("es,en").

    `wanted` is printed when the person reads it; otherwise their first printable language. With no
    language recorded, a national is taken to read `wanted` (the form's default is Spanish).
    """
    codes = [c.strip().lower()[:2] for c in languages.split(",") if c.strip()]
    if not codes or wanted in codes:
        return wanted, True
    for code in codes:
        if code in SUPPORTED:
            return code, True
    return wanted, False
