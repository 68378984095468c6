"""What the gate's person-name recognizers share: the PERSON entity, one score, results
named after the recognizer (Presidio's context enhancement finds a result's recognizer by it)."""

from presidio_analyzer import LocalRecognizer, RecognizerResult


class PersonNameRecognizer(LocalRecognizer):
    SCORE = 0.5

    def __init__(self):
        super().__init__(supported_entities=["PERSON"], name=type(self).__name__)

    def load(self) -> None:
        pass

    @staticmethod
    def _reads(entities: list[str], nlp_artifacts) -> bool:
        """PERSON is asked for and spaCy's tokens are there to read."""
        return "PERSON" in entities and nlp_artifacts is not None and nlp_artifacts.tokens is not None

    def _result(self, start: int, end: int) -> RecognizerResult:
        return RecognizerResult(
            entity_type="PERSON", start=start, end=end, score=self.SCORE,
            recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
            },
        )
