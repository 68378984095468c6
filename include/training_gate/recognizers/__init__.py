"""The gate's own Presidio recognizers, one class per file, switched on by name in the policy."""

from training_gate.recognizers.greeting_name import GreetingNameRecognizer
from training_gate.recognizers.reference_number import ReferenceNumberRecognizer
from training_gate.recognizers.street_address import StreetAddressRecognizer
from training_gate.recognizers.zip_code import ZipCodeRecognizer

RECOGNIZERS_BY_NAME = {
    "greeting_name": GreetingNameRecognizer,
    "reference_number": ReferenceNumberRecognizer,
    "street_address": StreetAddressRecognizer,
    "zip_code": ZipCodeRecognizer,
}


def build_recognizers(names: list[str] | tuple[str, ...]) -> list:
    unknown = set(names) - RECOGNIZERS_BY_NAME.keys()
    if unknown:
        raise ValueError(f"unknown recognizers in policy: {sorted(unknown)}")
    return [RECOGNIZERS_BY_NAME[name]() for name in names]
