"""Dates of birth: a date after a birth word ("DOB 03/26/1955", "born on 1 August 2001",
"my bday is 3/14/92"),
or any full date with a birth word close before it. Other dates ("ordered on 03/12")
are not personal data and stay."""

from presidio_analyzer import Pattern, PatternRecognizer

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
DATE = (
    r"(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.](?:\d{4}|\d{2})"
    rf"|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH},?\s+\d{{4}})"
)
_BIRTH = r"date\s+of\s+birth|birth\s?date|birthday|b-?day|d\.?o\.?b\.?|born(?:\s+on)?"


class DateOfBirthRecognizer(PatternRecognizer):
    PATTERNS = [
        Pattern("date after a birth word", rf"\b(?:{_BIRTH})\b\W{{0,3}}(?:(?:is|was|:)\s*)?\K{DATE}\b", 0.7),
        Pattern("full date", rf"\b{DATE}\b", 0.05),
    ]
    CONTEXT = ["birth", "born", "dob", "birthday", "birthdate"]

    def __init__(self):
        super().__init__(
            supported_entity="DATE_OF_BIRTH", patterns=self.PATTERNS, context=self.CONTEXT,
            name="DateOfBirthRecognizer",
        )
