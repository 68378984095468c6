"""The gate's own Presidio recognizers, one class per file, switched on by name in the policy.

``known_values.KnownValuesRecognizer`` is not listed: it is built per ticket from the
ticket's own requester / assignee / author values and is always on.
"""

from training_gate import offline  # noqa: F401  (before Presidio: tldextract reads its settings on import)
from training_gate.recognizers.card_last_digits import CardLastDigitsRecognizer
from training_gate.recognizers.card_number import CardNumberRecognizer
from training_gate.recognizers.credential import CredentialRecognizer
from training_gate.recognizers.credited_name import CreditedNameRecognizer
from training_gate.recognizers.date_of_birth import DateOfBirthRecognizer
from training_gate.recognizers.given_name import GivenNameRecognizer
from training_gate.recognizers.greeting_name import GreetingNameRecognizer
from training_gate.recognizers.kin_name import KinNameRecognizer
from training_gate.recognizers.name_line import NameLineRecognizer
from training_gate.recognizers.name_neighbours import NameNeighboursRecognizer
from training_gate.recognizers.name_pair import NamePairRecognizer
from training_gate.recognizers.name_subject import NameSubjectRecognizer
from training_gate.recognizers.phone_number import PhoneNumberRecognizer
from training_gate.recognizers.reference_number import ReferenceNumberRecognizer
from training_gate.recognizers.speaker_label import SpeakerLabelRecognizer
from training_gate.recognizers.street_address import StreetAddressRecognizer
from training_gate.recognizers.username import UsernameRecognizer
from training_gate.recognizers.zip_code import ZipCodeRecognizer

RECOGNIZERS_BY_NAME = {
    "card_last_digits": CardLastDigitsRecognizer,
    "card_number": CardNumberRecognizer,
    "credential": CredentialRecognizer,
    "credited_name": CreditedNameRecognizer,
    "date_of_birth": DateOfBirthRecognizer,
    "given_name": GivenNameRecognizer,
    "greeting_name": GreetingNameRecognizer,
    "kin_name": KinNameRecognizer,
    "name_line": NameLineRecognizer,
    "name_neighbours": NameNeighboursRecognizer,
    "name_pair": NamePairRecognizer,
    "name_subject": NameSubjectRecognizer,
    "phone_number": PhoneNumberRecognizer,
    "reference_number": ReferenceNumberRecognizer,
    "speaker_label": SpeakerLabelRecognizer,
    "street_address": StreetAddressRecognizer,
    "username": UsernameRecognizer,
    "zip_code": ZipCodeRecognizer,
}


def build_recognizers(names: list[str] | tuple[str, ...]) -> list:
    unknown = set(names) - RECOGNIZERS_BY_NAME.keys()
    if unknown:
        raise ValueError(f"unknown recognizers in policy: {sorted(unknown)}")
    return [RECOGNIZERS_BY_NAME[name]() for name in names]
