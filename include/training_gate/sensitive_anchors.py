"""Anchors: the words a lexicon pattern cannot match without, so the sensitive-topic screen
can skip patterns and whole texts that cannot produce a finding, with the same findings.

spaCy's ``Matcher`` costs grow with tokens times patterns, and most support texts hold
none of the lexicon's words. A token that every match of a pattern must contain (no
``OP``, or ``OP`` ``+``/``1``) and that is constrained to a word set (or a regular
expression) on ``LOWER``, ``LEMMA``, ``ORTH``/``TEXT`` or ``NORM`` is an *anchor*: the
pattern can only match a text holding a word from every one of its anchors.

- ``AnchoredMatcher`` runs each pattern only on the texts that hold its anchors; it finds
  the same ``(key, start, end)`` matches as one ``Matcher`` holding every pattern.
- ``AnchorIndex`` answers "can any of these patterns or phrases match?" for a text read
  only by the tokenizer, with ``LemmaBound`` standing in for the lemmas the tagger, parser,
  attribute ruler and lemmatizer would give: the screen runs the model only on texts
  that pass.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

# Matcher attributes whose value is a word of the text; TEXT is ORTH for the Matcher.
_WORD_ATTRS = {"LOWER": "LOWER", "LEMMA": "LEMMA", "ORTH": "ORTH", "TEXT": "ORTH"}
_REQUIRED_OPS = (None, "1", "+")
# Token attributes the tokenizer alone sets (lexical): a pattern keeping only these, and
# its lemma constraints on every lemma a token could receive, matches a tokenized text
# wherever the full pattern could match the annotated one.
_LEXICAL_ATTRS = frozenset({
    "ORTH", "TEXT", "LOWER", "LENGTH", "SHAPE", "PREFIX", "SUFFIX", "IS_ALPHA", "IS_ASCII", "IS_DIGIT",
    "IS_LOWER", "IS_UPPER", "IS_TITLE", "IS_PUNCT", "IS_SPACE", "IS_STOP", "IS_BRACKET", "IS_QUOTE",
    "IS_LEFT_PUNCT", "IS_RIGHT_PUNCT", "IS_CURRENCY", "LIKE_NUM", "LIKE_URL", "LIKE_EMAIL", "OP"})


@dataclass(frozen=True)
class Anchor:
    """A token every match holds: its ``attr`` is one of ``words``, or matches ``regex``."""

    attr: str
    words: frozenset[str] = frozenset()
    regex: re.Pattern | None = None

    def holds(self, words: dict[str, set[str]]) -> bool:
        """Whether some of ``words`` (per attribute, of a text or of one token) fits."""
        values = words[self.attr]
        if self.regex is not None:
            return any(self.regex.search(value) for value in values)
        return not self.words.isdisjoint(values)


def pattern_anchors(pattern: list[dict]) -> tuple[Anchor, ...]:
    """The anchors of one ``Matcher`` token pattern (empty when it has none)."""
    anchors = []
    for token in pattern:
        if token.get("OP") not in _REQUIRED_OPS:
            continue
        for name, value in token.items():
            attr = _WORD_ATTRS.get(name.upper())
            if attr is None:
                continue
            if isinstance(value, str):
                anchors.append(Anchor(attr, frozenset([value])))
            elif isinstance(value, dict) and isinstance(value.get("IN"), list) \
                    and all(isinstance(word, str) for word in value["IN"]):
                anchors.append(Anchor(attr, frozenset(value["IN"])))
            elif isinstance(value, dict) and isinstance(value.get("REGEX"), str):
                anchors.append(Anchor(attr, regex=re.compile(value["REGEX"])))
    return tuple(anchors)


POSSIBLE_LEMMAS = "training_gate_possible_lemmas"  # Token extension set by ``set_possible_lemmas``


def lexical_pattern(pattern: list[dict]) -> list[dict]:
    """``pattern`` for a tokenized text: lemma words are looked up among the token's possible
    lemmas, other constraints that need the model (part of speech, parse) are dropped. It
    matches wherever ``pattern`` could match the annotated text."""
    lexical = []
    for token in pattern:
        spec = {name: value for name, value in token.items() if name.upper() in _LEXICAL_ATTRS}
        lemma = next((value for name, value in token.items() if name.upper() == "LEMMA"), None)
        if isinstance(lemma, dict) and isinstance(lemma.get("IN"), list):
            lemma = lemma["IN"]
        if isinstance(lemma, str):
            lemma = [lemma]
        if isinstance(lemma, list) and all(isinstance(word, str) for word in lemma):
            spec["_"] = {POSSIBLE_LEMMAS: {"INTERSECTS": lemma}}
        lexical.append(spec)
    return lexical


def set_possible_lemmas(doc, lemmas: LemmaBound, wanted: frozenset[str]) -> None:
    """Give the tokens of a tokenized ``doc`` the lemmas they could receive, for
    ``lexical_pattern``; only tokens that could have one of the ``wanted`` lemmas (the
    patterns' lemma words): for the others, the unset value matches no pattern either."""
    from spacy.tokens import Token

    if not Token.has_extension(POSSIBLE_LEMMAS):
        Token.set_extension(POSSIBLE_LEMMAS, default=None)
    for token in doc:
        possible = lemmas(token.lower_)
        if not wanted.isdisjoint(possible):
            token._.set(POSSIBLE_LEMMAS, possible)


def token_words(token, lemmas: LemmaBound | None = None) -> dict[str, set[str]]:
    """One token's words per anchor attribute; with ``lemmas``, every lemma it could receive."""
    return {"LOWER": {token.lower_}, "ORTH": {token.orth_},
            "LEMMA": {token.lemma_} if lemmas is None else lemmas(token.lower_)}


def words_present(doc, lemmas: LemmaBound | None = None) -> dict[str, set[str]]:
    """The words of ``doc`` per anchor attribute. With ``lemmas``, ``doc`` has only been
    tokenized and the ``LEMMA`` words are every lemma each token could receive."""
    tokens = list(doc)
    lowers = {token.lower_ for token in tokens}
    if lemmas is None:
        lemma_words = {token.lemma_ for token in tokens}
    else:
        lemma_words = set().union(*(lemmas(lower) for lower in lowers))
    return {"LOWER": lowers, "LEMMA": lemma_words, "ORTH": {token.orth_ for token in tokens}}


class AnchorIndex:
    """Requirements (tuples of anchors, all of which must hold), indexed by the words of one
    anchor each, so a text is checked only against the requirements it can meet. The
    anchor indexed is the one least likely in any text: fewest stop words, then fewest
    and longest words ("diagnosis" rather than "my")."""

    def __init__(self, vocab):
        self.vocab = vocab
        self.by_word: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))  # attr, word
        self.always: list[int] = []
        self.requirements: list[tuple[Anchor, ...]] = []

    def add(self, anchors: tuple[Anchor, ...]) -> int:
        number = len(self.requirements)
        self.requirements.append(anchors)
        word_anchors = [anchor for anchor in anchors if anchor.regex is None]
        if not word_anchors:
            self.always.append(number)
        else:
            key = min(word_anchors, key=lambda anchor: (
                sum(self.vocab[word].is_stop for word in anchor.words), len(anchor.words),
                -min(len(word) for word in anchor.words)))
            for word in key.words:
                self.by_word[key.attr][word].append(number)
        return number

    def met(self, present: dict[str, set[str]]) -> list[int]:
        """The numbers, in order, of the requirements that ``present`` meets."""
        tried = set(self.always)
        for attr, by_word in self.by_word.items():
            for word in present[attr] & by_word.keys():
                tried.update(by_word[word])
        return sorted(n for n in tried if all(anchor.holds(present) for anchor in self.requirements[n]))


class AnchoredMatcher:
    """A ``Matcher`` split into one small matcher per pattern, each run only on texts that
    hold its anchors; same matches as a single ``Matcher`` with every pattern."""

    def __init__(self, vocab):
        self.vocab = vocab
        self.index = AnchorIndex(vocab)
        self.entries: list[tuple[str, object, object]] = []  # (key, Matcher, lexical Matcher)
        self.patterns: dict[str, list[list[dict]]] = defaultdict(list)
        self.lemma_words: frozenset[str] = frozenset()  # every lemma word of the lexical patterns

    def add(self, key: str, patterns: list[list[dict]]) -> None:
        from spacy.matcher import Matcher
        from spacy.tokens import Token

        if not Token.has_extension(POSSIBLE_LEMMAS):
            Token.set_extension(POSSIBLE_LEMMAS, default=None)
        for pattern in patterns:
            matcher, lexical = Matcher(self.vocab), Matcher(self.vocab)
            matcher.add(key, [pattern])
            lexical_form = lexical_pattern(pattern)
            lexical.add(key, [lexical_form])
            self.lemma_words |= {word for token in lexical_form
                                 for word in token.get("_", {}).get(POSSIBLE_LEMMAS, {}).get("INTERSECTS", ())}
            self.index.add(pattern_anchors(pattern))
            self.entries.append((key, matcher, lexical))
            self.patterns[key].append(pattern)

    def __len__(self) -> int:
        return len(self.patterns)

    def __call__(self, doc, present: dict[str, set[str]] | None = None) -> set[tuple[str, int, int]]:
        """``(key, start, end)`` of every match in an annotated ``doc``."""
        present = words_present(doc) if present is None else present
        found = set()
        for number in self.index.met(present):
            key, matcher, _ = self.entries[number]
            found.update((key, start, end) for _, start, end in matcher(doc))
        return found

    def may_match(self, doc, present: dict[str, set[str]], lemmas: LemmaBound) -> bool:
        """Whether some pattern could match ``doc`` (tokenized only) once annotated;
        ``present`` is ``words_present(doc, lemmas)``."""
        met = self.index.met(present)
        if met:
            set_possible_lemmas(doc, lemmas, self.lemma_words)
        return any(self.entries[number][2](doc) for number in met)


class PhraseAnchors:
    """The phrase terms as sequences of anchors, one per token, to tell whether a
    tokenized text could hold one once annotated."""

    def __init__(self, vocab):
        self.index = AnchorIndex(vocab)

    def add(self, attr: str, words: list[str]) -> None:
        self.index.add(tuple(Anchor(attr, frozenset([word])) for word in words))

    def may_match(self, doc, present: dict[str, set[str]], lemmas: LemmaBound) -> bool:
        met = self.index.met(present)
        if not met:
            return False
        words = [token_words(token, lemmas) for token in doc]
        for number in met:
            phrase = self.index.requirements[number]
            for start in range(len(words) - len(phrase) + 1):
                if all(anchor.holds(words[start + i]) for i, anchor in enumerate(phrase)):
                    return True
        return False


class LemmaBound:
    """Every lemma the sensitive screen's pipeline can give a word, whatever its tag and parse.

    A lemma comes from the attribute ruler (word exceptions such as "'m" -> "be"), else
    from the rule lemmatizer, whose output depends on the part of speech; the tagger and,
    through the attribute ruler's dependency patterns, the parser decide that. The union
    over every part of speech the lemmatizer has rules for (others keep the word), the
    attribute ruler's lemmas for the word, and ``extra`` (the stage's own lemma rewrites),
    lowercased as the stage lowercases lemmas, holds the lemma the full pipeline gives.
    """

    def __init__(self, nlp, extra: dict[str, set[str]], cache_size: int = 200_000):
        from spacy.parts_of_speech import IDS

        self.vocab = nlp.vocab
        self.lemmatizer = nlp.get_pipe("lemmatizer")
        tables = [self.lemmatizer.lookups.get_table(name, {})
                  for name in ("lemma_index", "lemma_exc", "lemma_rules")]
        self.parts_of_speech = [pos for pos in IDS if pos.isupper() and pos not in ("EOL", "SPACE")
                                and any(table.get(pos.lower()) for table in tables)]
        self.extra = extra
        self.ruler_lemmas: dict[str, set[str]] = defaultdict(set)  # lowercase word -> lemmas
        self.ruler_regex_lemmas: list[tuple[re.Pattern, str]] = []
        self.ruler_any_lemmas: set[str] = set()  # set on tokens the ruler does not pick by word
        if "attribute_ruler" in nlp.pipe_names:
            for entry in nlp.get_pipe("attribute_ruler").patterns:
                lemma = entry["attrs"].get("LEMMA")
                if lemma is not None:
                    for pattern in entry["patterns"]:
                        self._add_ruler_lemma(pattern[entry.get("index", 0)], str(lemma).lower())
        self.cache: dict[str, frozenset[str]] = {}
        self.cache_size = cache_size

    def _add_ruler_lemma(self, token: dict, lemma: str) -> None:
        lower = token.get("LOWER")
        if isinstance(lower, str):
            self.ruler_lemmas[lower].add(lemma)
        elif isinstance(lower, dict) and isinstance(lower.get("IN"), list):
            for word in lower["IN"]:
                self.ruler_lemmas[str(word)].add(lemma)
        elif isinstance(lower, dict) and isinstance(lower.get("REGEX"), str):
            self.ruler_regex_lemmas.append((re.compile(lower["REGEX"]), lemma))
        else:
            self.ruler_any_lemmas.add(lemma)

    def __call__(self, lower: str) -> frozenset[str]:
        cached = self.cache.get(lower)
        if cached is not None:
            return cached
        from spacy.tokens import Doc

        lemmas = {lower} | self.ruler_any_lemmas | self.ruler_lemmas.get(lower, set()) | self.extra.get(lower, set())
        lemmas |= {lemma for regex, lemma in self.ruler_regex_lemmas if regex.search(lower)}
        if self.parts_of_speech:
            probe = Doc(self.vocab, words=[lower] * len(self.parts_of_speech), pos=self.parts_of_speech)
            for token in probe:
                lemmas.update(form.lower() for form in self.lemmatizer.rule_lemmatize(token))
        if len(self.cache) >= self.cache_size:
            self.cache.clear()
        result = frozenset(lemmas)
        self.cache[lower] = result
        return result
